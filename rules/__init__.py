"""newslint's rules: one module per artifact family. The registry finds every Rule subclass here."""
