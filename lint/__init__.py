"""newslint's engine: documents, rules registry, runner, configuration, fixes and output formats."""

__version__ = "0.1.0"
