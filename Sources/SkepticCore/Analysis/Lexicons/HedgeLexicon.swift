/// Hedge cues (interim list until the full lexicon lands).
enum HedgeLexicon {
    static let data = """
    may\tmodal\tmay-month\tCoNLL-2010 bio top cue
    might\tmodal\t-\tCoNLL-2010 bio top cue
    could\tmodal\tcould-past\tCoNLL-2010 bio top cue
    likely\tadverb\t-\tCoNLL-2010 bio top cue
    no doubt\tcertainty\t-\tproject
    only time will tell\tphrase\t-\tproject
    raising questions\tphrase\t-\tproject
    suggests\tepistemic\t-\tCoNLL-2010 bio top cue
    """
}
