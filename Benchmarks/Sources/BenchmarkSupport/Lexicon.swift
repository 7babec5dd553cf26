/// The words the synthetic news is written in: everyday words that fill
/// sentences, a news vocabulary that topics are drawn from, and made-up but
/// pronounceable names of people and places, so the engine sees a vocabulary
/// of tens of thousands of terms with a realistic spread of frequencies.
enum Lexicon {
    static let fillers = """
        the of and to in is that for it as was with be by on not this are or from at which but have an \
        they were has would when if can more no out so said what up its about into than them only other \
        new some could time these two may then first any now such over even most made after also did many \
        before must through back years where much way well down should because each just those people how \
        little still own see work long get here between both life being under never day same another know \
        while last might great old year off come since against go came right used take three week month \
        according officials told statement reported thursday friday monday tuesday wednesday saturday sunday
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    static let topics = """
        government minister election parliament vote president talks ceasefire treaty sanctions embassy \
        earthquake flood wildfire storm hurricane drought evacuation rescue casualties hospital vaccine \
        outbreak virus court ruling judge trial verdict appeal lawsuit police arrest suspect investigation \
        shooting explosion attack missile drone strike troops border refugees protest strike union wages \
        inflation interest rates bank market shares stocks bonds oil gas prices budget deficit tax tariff \
        trade exports imports factory jobs unemployment housing rent mortgage airline airport railway \
        bridge tunnel highway crash derailment satellite launch rocket telescope mission spacecraft climate \
        emissions summit agreement deal negotiations coalition opposition resignation scandal corruption \
        bribery fraud audit merger acquisition startup layoffs earnings profit revenue forecast recall \
        software outage breach hackers ransomware privacy regulator antitrust fine penalty festival \
        championship final tournament coach transfer stadium record medal marathon concert album film \
        premiere museum exhibition university students teachers school scholarship research study \
        scientists discovery species wildlife ocean glacier volcano eruption aftershock magnitude tsunami
        """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// Names the way feeds carry them: accents, other scripts, typographic quotes.
    static let international = [
        "café", "Zürich", "São Paulo", "Kraków", "Ærøskøbing", "façade", "Москва", "Київ", "東京", "서울",
        "Αθήνα", "“quoted”", "it’s", "€12.50", "½", "Île-de-France",
    ]

    private static let syllables = [
        "ka", "lo", "mar", "ten", "vi", "ra", "dan", "sel", "or", "pe", "tu", "gra", "bel", "nos", "ri",
        "fa", "mon", "za", "ed", "quin", "sha", "bru", "ko", "lin", "dor", "ha", "vel", "mi", "to", "ar",
        "stan", "ber", "go", "nu", "ves", "chi", "lam", "ro", "es", "wyn",
    ]

    /// How many distinct made-up names exist.
    static let nameCount = syllables.count * syllables.count * syllables.count

    /// The `index`-th made-up name, capitalised: two or three syllables.
    static func name(_ index: Int) -> String {
        let count = syllables.count
        let first = syllables[index % count]
        let second = syllables[(index / count) % count]
        let third = index / (count * count) % 3 == 0 ? "" : syllables[(index / (count * count)) % count]
        return (first + second + third).capitalizedFirst
    }
}

extension String {
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
