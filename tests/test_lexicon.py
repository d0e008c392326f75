

def test_english_formation_knows_coinages_and_compounds_but_not_foreign_words():
    from newslint.lexicon import english_formation

    for word in ("hypergrowth", "reconvicted", "beachgoer", "dinkier", "weblogger", "roadandtrack"):
        assert english_formation(word), word
    for word in ("aparcamientos", "soterramento", "fahrradstreifen"):
        assert not english_formation(word), word
