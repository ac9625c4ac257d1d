/// Hedge cues: words and phrases that make a statement speculative, with a category, an optional
/// disambiguation rule and where each entry comes from. Parsed once by `HedgeLexicon.entries`.
///
/// Format: one entry per line, fields separated by a TAB: cue, category, rule, origin.
/// - cue: lower-case words separated by single spaces ("it remains to be seen"); use ’ never ', list
///   every inflected form you want matched as its own entry (suggest, suggests, suggested, suggesting);
/// - category: modal | epistemic | adverb | approximator | attribution | phrase | vague | puffery | certainty
///   (vague: vague quantities, frequencies and sources, Wikipedia's weasel words; puffery: praise and labels
///   stated as fact; certainty entries such as "no doubt" cancel hedges and are not cues themselves);
/// - rule: "-" or one of: may-month (not the month May), can-possibility ("can" only when it states a
///   possibility, not plain ability), could-past (not "could not"/past ability), before-number (only before a
///   number or a counted amount: "about 40", "some 200"), sentence-weasel (only when it is the subject of a
///   reporting verb: "some say", "critics argue"), that-clause (only before "that": "indicate that"),
///   agentless (a passive with no "by" after it: "is claimed", not "is claimed by both countries"),
///   unnamed (a group named only by its kind, as a source: "critics", "experts"; not a specific one — "the
///   analysts", "two scholars" — nor one a sentence speaks to or of — "for policymakers and analysts"),
///   bound (before-number, but a bound rather than an estimate — "nearly 200", "up to 30" —, weighed by the
///   data), dynamic and past-future (a modal's uses that often state no guess — "may also be used", "would later
///   become", "Symptoms may include" —: they match before the bare modal and are weighed by the data instead
///   of flagging alone);
/// - origin: a short note of where the entry comes from, e.g. "Hyland 1998 (epistemic verb)",
///   "CoNLL-2010 bio top-20 cue", "Wikipedia MOS:WEASEL", "Lakoff 1972 hedges", "news style (project)".
/// Lines starting with # are comments.
///
/// The cues the analysis issue names (modals, suggest, appear, seem, believe, indicate, speculate, estimate,
/// likely … uncertain, approximators before a number, reportedly, allegedly, "some say", "it is believed",
/// "critics argue", "sources say", the named phrases) flag their sentence alone. Every other entry — most of
/// all the vague and puffery ones — has a weight (`HedgeWeights`, learned by `skeptic-eval --train` from the
/// CoNLL-2010 training data): a sentence with no named cue is flagged when the bias and its cues' weights add
/// up to more than zero, so a strong one ("some sources", "most popular") flags alone and faint ones
/// ("often", "major") only together. An entry the weights do not list flags alone.
enum HedgeLexicon {
    static let data = """
    # modal verbs
    may\tmodal\tmay-month\tCoNLL-2010 bio top-20 cue; Hyland 1998 modal
    might\tmodal\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 modal
    could\tmodal\tcould-past\tCoNLL-2010 bio top-20 cue; Hyland 1998 modal
    can\tmodal\tcan-possibility\tCoNLL-2010 bio top-20 cue
    would\tmodal\tpast-future\tin a past narrative or report, no condition: the future in the past (project; Quirk et al. 1985); weighed by the data
    would\tmodal\t-\tHyland 1998 modal; CoNLL-2010 bio training cue (31 times)
    should\tmodal\t-\tHyland 1998 modal; CoNLL-2010 bio training cue (27 times)
    # Modals of dynamic possibility: what can happen or is done in general, not a guess about one case
    # (“may also be used”, “may include”, “could vary” = “can”; Coates 1983, Palmer 2001). Each matches before
    # the bare modal and is weighed by the data (one weight per modal), so it flags its sentence only when the
    # data says such uses hedge or other cues join it. “can” keeps its own rule (can-possibility).
    may also\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    may sometimes\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    may often\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    may usually\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    may generally\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    may occasionally\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    may either\tmodal\tdynamic\tdynamic possibility (either … or) (project; Palmer 2001)
    may include\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    may contain\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    may consist\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    may vary\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    may range\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    may differ\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    may be used\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    may be called\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    may be referred\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    may be known\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    may be found\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    may be seen\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    may be made\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    may be either\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    might also\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    might sometimes\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    might often\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    might usually\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    might generally\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    might occasionally\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    might either\tmodal\tdynamic\tdynamic possibility (either … or) (project; Palmer 2001)
    might include\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    might contain\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    might consist\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    might vary\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    might range\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    might differ\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    might be used\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    might be called\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    might be referred\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    might be known\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    might be found\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    might be seen\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    might be made\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    might be either\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    could also\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    could sometimes\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    could often\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    could usually\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    could generally\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    could occasionally\tmodal\tdynamic\tdynamic possibility (adverb) (project; Palmer 2001)
    could either\tmodal\tdynamic\tdynamic possibility (either … or) (project; Palmer 2001)
    could include\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    could contain\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    could consist\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    could vary\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    could range\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    could differ\tmodal\tdynamic\tdynamic possibility (verb) (project; Palmer 2001)
    could be used\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    could be called\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    could be referred\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    could be known\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    could be found\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    could be seen\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    could be made\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    could be either\tmodal\tdynamic\tdynamic possibility (passive) (project; Palmer 2001)
    # “would” of the future in the past: a narrative’s later events (“he would later become mayor”), not
    # a projection; weighed by the data like the dynamic modals.
    would later\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would eventually\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would soon\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would subsequently\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would again\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would once again\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would go on\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would continue\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would often\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would usually\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would always\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    would regularly\tmodal\tpast-future\tfuture in the past / past habit (project; Quirk et al. 1985, future in the past)
    # modal phrases
    may well\tphrase\t-\tmodal phrase (project)
    might well\tphrase\t-\tmodal phrase (project)
    could well\tphrase\t-\tmodal phrase (project)
    may have\tphrase\t-\tmodal perfect (project)
    might have\tphrase\t-\tmodal perfect (project)
    could have\tphrase\t-\tmodal perfect, not past ability (project)
    would have\tphrase\t-\tcounterfactual modal (project)
    may potentially\tphrase\t-\tstacked hedge (project)
    could potentially\tphrase\t-\tstacked hedge (project)
    may have played a role\tphrase\t-\tscience reporting (project)
    might have played a role\tphrase\t-\tscience reporting (project)
    # epistemic verbs: suggest, indicate
    suggest\tepistemic\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic verb)
    suggests\tepistemic\t-\tCoNLL-2010 bio top-20 cue
    suggested\tepistemic\t-\tCoNLL-2010 bio top-20 cue
    suggesting\tepistemic\t-\tCoNLL-2010 bio top-20 cue
    suggestion\tepistemic\tthat-clause\tform of suggest (project); CoNLL-2010 bio training cue (4 times)
    suggestions\tepistemic\tthat-clause\tform of suggest (project)
    indicate that\tepistemic\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic verb)
    indicates that\tepistemic\t-\tform of indicate that (CoNLL-2010 bio cue)
    indicated that\tepistemic\t-\tCoNLL-2010 bio top-20 cue
    indicating that\tepistemic\t-\tCoNLL-2010 bio top-20 cue
    indication\tepistemic\tthat-clause\tform of indicate (project); CoNLL-2010 bio training cue (3 times)
    indications\tepistemic\tthat-clause\tform of indicate (project)
    suggestive\tepistemic\t-\tform of suggest (project)
    # epistemic verbs: appear, seem
    appear\tepistemic\tthat-clause\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic verb)
    appears\tepistemic\tthat-clause\tCoNLL-2010 bio top-20 cue
    appeared\tepistemic\tthat-clause\tform of appear (project); CoNLL-2010 bio training cue (28 times)
    appear to\tepistemic\t-\tCoNLL-2010 bio top-20 cue (appear)
    appears to\tepistemic\t-\tCoNLL-2010 bio top-20 cue (appears)
    appeared to\tepistemic\t-\tform of appear (project)
    appearing to\tepistemic\t-\tform of appear (project)
    it appears\tepistemic\t-\tform of appear (project)
    appears to be\tphrase\t-\tCoNLL-2010 bio top-20 cue (appears)
    seem\tepistemic\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (10 times)
    seems\tepistemic\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (32 times)
    seemed\tepistemic\t-\tform of seem (project); CoNLL-2010 bio training cue (3 times)
    seems to be\tphrase\t-\tform of seem (project)
    # epistemic verbs: belief and supposition
    believe\tepistemic\t-\tHyland 1998 (epistemic verb)
    believes\tepistemic\t-\tHyland 1998 (epistemic verb)
    believed\tepistemic\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (14 times)
    think\tepistemic\t-\tHyland 1998 (epistemic verb); Prince et al. 1982 shield
    thinks\tepistemic\t-\tform of think (project)
    thought\tepistemic\tthat-clause\tCoNLL-2010 bio top-20 cue (thought)
    thought to\tepistemic\t-\tCoNLL-2010 bio top-20 cue (is thought to)
    suspect\tepistemic\tthat-clause\tHyland 1998 (epistemic verb); rule skips the noun
    suspects\tepistemic\tthat-clause\tform of suspect; rule skips the noun (project)
    suspected\tepistemic\t-\tform of suspect (project); CoNLL-2010 bio training cue (4 times)
    speculate\tepistemic\t-\tHyland 1998 (epistemic verb); Wikipedia MOS:SAID; CoNLL-2010 bio training cue (8 times)
    speculated\tepistemic\t-\tform of speculate (project)
    speculation\tepistemic\t-\tform of speculate (project)
    speculative\tepistemic\t-\tform of speculate (project)
    assume\tepistemic\tthat-clause\tHyland 1998 (epistemic verb)
    assumed\tepistemic\tthat-clause\tform of assume (project); CoNLL-2010 bio training cue (5 times)
    assumes\tepistemic\tthat-clause\tform of assume (project); CoNLL-2010 bio training cue (4 times)
    assuming\tepistemic\tthat-clause\tform of assume (project); CoNLL-2010 bio training cue (3 times)
    assumed to\tepistemic\t-\tform of assume (project)
    assumption\tepistemic\t-\tHyland 1998 (epistemic noun); CoNLL-2010 bio training cue (7 times)
    presume\tepistemic\t-\tform of presumably (project)
    presumed\tepistemic\t-\tform of presumably (project)
    suppose\tepistemic\t-\tconversational hedge (project)
    surmise\tepistemic\t-\tWikipedia MOS:SAID
    guess\tepistemic\t-\tconversational hedge (project)
    reckon\tepistemic\t-\tconversational hedge, British news and reviews (project)
    reckons\tepistemic\t-\tconversational hedge, British news and reviews (project)
    doubt\tepistemic\t-\tepistemic verb (project)
    doubts\tepistemic\t-\tform of doubt (project)
    doubtful\tepistemic\t-\tform of doubt (project)
    # epistemic verbs: estimate, expect, predict
    estimate\tepistemic\t-\tHyland 1998 (epistemic verb)
    estimates\tepistemic\t-\tform of estimate (project)
    estimated\tepistemic\t-\tform of estimate (project); CoNLL-2010 bio training cue (6 times)
    expect\tepistemic\t-\tforecast, news style (project)
    expects\tepistemic\t-\tforecast, news style (project)
    expected\tepistemic\tthat-clause\tforecast, news style (project); CoNLL-2010 bio training cue (8 times)
    expected to\tepistemic\t-\tforecast, news style (project)
    is expected to\tphrase\t-\tforecast, news style (project)
    are expected to\tphrase\t-\tforecast, news style (project)
    predict\tepistemic\t-\tHyland 1998 (epistemic verb)
    predicts\tepistemic\t-\tform of predict (project)
    predicted\tepistemic\tthat-clause\tform of predict (project); CoNLL-2010 bio training cue (7 times)
    predicted to\tepistemic\t-\tform of predict, forecast (project)
    projected to\tepistemic\t-\tforecast, news style (project)
    forecast to\tepistemic\t-\tforecast, news style (project)
    # epistemic verbs: hypothesis and proposal
    hypothesize\tepistemic\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (4 times)
    hypothesized\tepistemic\t-\tform of hypothesize (project); CoNLL-2010 bio training cue (14 times)
    hypothesizes\tepistemic\t-\tform of hypothesize (project)
    hypothesise\tepistemic\t-\tBritish spelling of hypothesize (project)
    hypothesised\tepistemic\t-\tBritish spelling of hypothesize (project)
    hypothesises\tepistemic\t-\tBritish spelling of hypothesize (project)
    hypothesis\tepistemic\t-\tHyland 1998 (epistemic noun); CoNLL-2010 bio training cue (22 times)
    hypotheses\tepistemic\t-\tform of hypothesis (project)
    hypothetical\tepistemic\t-\tform of hypothesis (project)
    postulate\tepistemic\t-\tHyland 1998 (epistemic verb)
    postulated\tepistemic\t-\tform of postulate (project)
    posit\tepistemic\t-\tscience writing (project)
    posited\tepistemic\t-\tscience writing (project)
    propose\tepistemic\tthat-clause\tHyland 1998 (epistemic verb); rule skips proposals; CoNLL-2010 bio training cue (33 times)
    proposes\tepistemic\tthat-clause\tform of propose (project)
    proposed\tepistemic\tthat-clause\tform of propose (project); CoNLL-2010 bio training cue (10 times)
    proposing\tepistemic\tthat-clause\tform of propose (project)
    imply\tepistemic\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (12 times)
    implies\tepistemic\t-\tform of imply (project); CoNLL-2010 bio training cue (7 times)
    implied\tepistemic\t-\tform of imply (project)
    implying\tepistemic\t-\tform of imply (project); CoNLL-2010 bio training cue (6 times)
    tend to\tepistemic\t-\tHyland 1998 (tend to)
    tends to\tepistemic\t-\tform of tend to (project)
    tended to\tepistemic\t-\tform of tend to (project)
    # claims and allegations
    claim\tepistemic\tthat-clause\tWikipedia MOS:SAID (claim)
    claims\tepistemic\tthat-clause\tWikipedia MOS:SAID (claim)
    claimed\tepistemic\tthat-clause\tWikipedia MOS:SAID (claim)
    allege\tepistemic\tthat-clause\tform of alleged (project)
    alleges\tepistemic\tthat-clause\tform of alleged (project)
    alleged\tepistemic\t-\tWikipedia Words to watch (expressions of doubt)
    purported\tepistemic\t-\tWikipedia Words to watch (expressions of doubt)
    so-called\tepistemic\t-\tWikipedia Words to watch (expressions of doubt)
    # epistemic adjectives and nouns
    likely\tepistemic\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic adjective)
    unlikely\tepistemic\t-\tHyland 1998 (epistemic adjective); CoNLL-2010 bio training cue (5 times)
    possible\tepistemic\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic adjective)
    possibility\tepistemic\t-\tHyland 1998 (epistemic noun); CoNLL-2010 bio training cue (15 times)
    probable\tepistemic\t-\tHyland 1998 (epistemic adjective)
    improbable\tepistemic\t-\tform of probable (project)
    potential\tepistemic\t-\tCoNLL-2010 bio top-20 cue
    putative\tepistemic\t-\tCoNLL-2010 bio top-20 cue
    apparent\tepistemic\t-\tHyland 1998 (epistemic adjective); Wikipedia Words to watch (expressions of doubt); CoNLL-2010 bio training cue (7 times)
    uncertain\tepistemic\t-\tHyland 1998 (epistemic adjective)
    unclear\tepistemic\t-\tHyland 1998 (epistemic adjective); CoNLL-2010 bio training cue (20 times)
    unsure\tepistemic\t-\tuncertainty adjective (project)
    not sure\tepistemic\t-\tuncertainty adjective (project)
    not certain\tepistemic\t-\tuncertainty adjective (project)
    plausible\tepistemic\t-\tHyland 1998 (epistemic adjective)
    conceivable\tepistemic\t-\tform of conceivably (project)
    questionable\tepistemic\t-\tuncertainty adjective (project)
    debatable\tepistemic\t-\tuncertainty adjective (project)
    tentative\tepistemic\t-\tscience writing (project)
    unconfirmed\tepistemic\t-\tunverified claim, news style (project)
    unverified\tepistemic\t-\tunverified claim, news style (project)
    unsubstantiated\tepistemic\t-\tunverified claim, news style (project)
    unproven\tepistemic\t-\tunverified claim, news style (project)
    rumour\tepistemic\t-\tunverified claim, news style (project)
    rumours\tepistemic\t-\tunverified claim, news style (project)
    rumoured\tepistemic\t-\tunverified claim, news style (project)
    rumor\tepistemic\t-\tunverified claim, news style (project)
    rumors\tepistemic\t-\tunverified claim, news style (project)
    rumored\tepistemic\t-\tunverified claim, news style (project)
    # adverbs
    perhaps\tadverb\t-\tHyland 1998 (epistemic adverb); CoNLL-2010 bio training cue (13 times)
    maybe\tadverb\t-\tepistemic adverb (project)
    possibly\tadverb\t-\tHyland 1998 (epistemic adverb); CoNLL-2010 bio training cue (30 times)
    probably\tadverb\t-\tHyland 1998 (epistemic adverb); Prince et al. 1982 shield; CoNLL-2010 bio training cue (28 times)
    presumably\tadverb\t-\tHyland 1998 (epistemic adverb); Prince et al. 1982 shield; CoNLL-2010 bio training cue (12 times)
    apparently\tadverb\t-\tHyland 1998 (epistemic adverb); CoNLL-2010 bio training cue (9 times)
    potentially\tadverb\t-\tform of potential (CoNLL-2010 bio top-20 cue)
    conceivably\tadverb\t-\tepistemic adverb (project)
    arguably\tadverb\t-\tepistemic adverb (project)
    seemingly\tadverb\t-\tform of seem (project)
    ostensibly\tadverb\t-\tepistemic adverb (project)
    plausibly\tadverb\t-\tepistemic adverb (project)
    feasibly\tadverb\t-\tepistemic adverb (project)
    putatively\tadverb\t-\tform of putative (CoNLL-2010 bio top-20 cue)
    tentatively\tadverb\t-\tscience writing (project)
    hypothetically\tadverb\t-\tform of hypothesis (project)
    theoretically\tadverb\t-\tform of in theory (project)
    almost certainly\tadverb\t-\tapproximated certainty, a hedge (project)
    in all likelihood\tadverb\t-\tform of likelihood (project)
    largely\tadverb\t-\tLakoff 1972 hedges; Hyland 1998
    generally\tadverb\t-\tHyland 1998 (epistemic adverb)
    essentially\tadverb\t-\tLakoff 1972 hedges; Hyland 1998
    sort of\tadverb\t-\tLakoff 1972 hedges; Prince et al. 1982 adaptor
    more or less\tadverb\t-\tLakoff 1972 hedges
    in a sense\tadverb\t-\tLakoff 1972 hedges
    as it were\tadverb\t-\tLakoff 1972 hedges
    # approximators
    about\tapproximator\tbefore-number\tPrince et al. 1982 rounder; Hyland 1998
    around\tapproximator\tbefore-number\tPrince et al. 1982 rounder; Hyland 1998
    approximately\tapproximator\t-\tPrince et al. 1982 rounder; Hyland 1998
    roughly\tapproximator\t-\tLakoff 1972 hedges; Hyland 1998
    some\tapproximator\tbefore-number\tapproximator (some 200), news style (project)
    some\tvague\t-\tWikipedia MOS:WEASEL (vague quantifier: some say); weight learned
    several\tapproximator\t-\tnamed by the analysis issue; a vague quantity in every use (several hundred, several critics) (project)
    nearly\tapproximator\tbound\ta bound before a number, not an estimate (nearly 200 = a little under 200); weighed by the data (project)
    almost\tapproximator\tbound\tLakoff 1972 hedges; a bound before a number, weighed by the data (project)
    up to\tapproximator\tbound\ta ceiling before a number (up to 30 riders), weighed by the data (project)
    as many as\tapproximator\tbefore-number\tapproximator, news style (project)
    as much as\tapproximator\tbefore-number\tapproximator, news style (project)
    close to\tapproximator\tbefore-number\tapproximator, news style (project)
    just over\tapproximator\tbound\ta bound before a number, weighed by the data (project)
    just under\tapproximator\tbound\ta bound before a number, weighed by the data (project)
    something like\tapproximator\tbefore-number\tapproximator (project)
    an estimated\tapproximator\t-\tapproximator, news style (project)
    or so\tapproximator\t-\tapproximator (project)
    give or take\tapproximator\t-\tapproximator (project)
    upwards of\tapproximator\t-\tapproximator, news style (project)
    in the region of\tapproximator\t-\tapproximator, news style (project)
    on the order of\tapproximator\t-\tapproximator, science writing (project)
    somewhere between\tapproximator\t-\tapproximator (project)
    somewhere around\tapproximator\t-\tapproximator (project)
    circa\tapproximator\t-\tapproximator (project)
    # vague quantifiers and frequency: weak alone (learned weights), they count with other cues
    various\tvague\t-\tvague quantifier (project)
    numerous\tvague\t-\tvague quantifier (project)
    countless\tvague\t-\tvague quantifier (project)
    a number of\tvague\t-\tvague quantifier (project)
    certain\tvague\t-\tvague determiner: certain people, certain cases (project)
    often\tvague\t-\tHyland 1998 (frequency downtoner)
    sometimes\tvague\t-\tHyland 1998 (frequency downtoner)
    usually\tvague\t-\tHyland 1998 (frequency downtoner)
    frequently\tvague\t-\tHyland 1998 (frequency downtoner)
    commonly\tvague\t-\tHyland 1998 (frequency downtoner)
    typically\tvague\t-\tHyland 1998 (frequency downtoner)
    mostly\tvague\t-\tHyland 1998 (downtoner)
    mainly\tvague\t-\tHyland 1998 (downtoner)
    somewhat\tvague\t-\tLakoff 1972 hedges
    relatively\tvague\t-\tHyland 1998 (downtoner)
    fairly\tvague\t-\tLakoff 1972 hedges
    rather\tvague\t-\tLakoff 1972 hedges
    virtually\tadverb\t-\tHyland 1998 (approximating adverb)
    a few\tvague\t-\tvague quantifier (project)
    few\tvague\t-\tvague quantifier (project)
    dozens of\tvague\t-\tvague quantifier (project)
    most of\tvague\t-\tvague quantifier (project)
    much of\tvague\t-\tvague quantifier (project)
    the majority of\tvague\t-\tvague quantifier (project)
    a majority of\tvague\t-\tvague quantifier (project)
    majority\tvague\t-\tvague quantifier (project)
    a lot of\tvague\t-\tvague quantifier (project)
    plenty of\tvague\t-\tvague quantifier (project)
    a variety of\tvague\t-\tvague quantifier (project)
    a wide range of\tvague\t-\tvague quantifier (project)
    substantial\tvague\t-\tvague quantifier (project)
    considerable\tvague\t-\tvague quantifier (project)
    considerably\tvague\t-\tvague quantifier (project)
    significant\tvague\t-\tvague quantifier (project)
    significantly\tvague\t-\tvague quantifier (project)
    a great deal of\tvague\t-\tvague quantifier (project)
    # attribution: vague subjects of a reporting verb
    critics\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL
    critics\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    experts\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL (experts declare)
    experts\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    analysts\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL (pattern)
    analysts\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    observers\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL (pattern)
    observers\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    sources\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL (pattern)
    insiders\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL (pattern)
    scholars\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL (many scholars state)
    scholars\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    many\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL (vague quantifier)
    many\tvague\t-\tWikipedia MOS:WEASEL (vague quantifier: many scholars state); weight learned
    most\tattribution\tsentence-weasel\tWikipedia MOS:WEASEL (most feel)
    historians\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    commentators\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    researchers\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    scientists\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    supporters\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    opponents\tvague\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    widely\tvague\t-\tWikipedia MOS:WEASEL (widely regarded, widely believed)
    considered\tvague\t-\tWikipedia MOS:WEASEL (is considered)
    regarded as\tvague\t-\tWikipedia MOS:WEASEL (is regarded as)
    viewed as\tvague\t-\tWikipedia MOS:WEASEL (pattern)
    seen as\tvague\t-\tWikipedia MOS:WEASEL (pattern)
    described as\tvague\t-\tWikipedia MOS:WEASEL (has been described as)
    said to\tvague\t-\tWikipedia MOS:WEASEL (is said to)
    criticized\tvague\t-\tWikipedia MOS:WEASEL (has been criticized, unattributed)
    criticised\tvague\t-\tBritish spelling of criticized (project)
    argue\tvague\t-\tWikipedia MOS:SAID (argue)
    argues\tvague\t-\tWikipedia MOS:SAID (argue)
    argued\tvague\t-\tWikipedia MOS:SAID (argue)
    contend\tvague\t-\tWikipedia MOS:SAID (contend)
    contends\tvague\t-\tWikipedia MOS:SAID (contend)
    contended\tvague\t-\tWikipedia MOS:SAID (contend)
    known for\tvague\t-\tWikipedia MOS:WEASEL (is known for, unattributed reputation)
    known to\tvague\t-\tWikipedia MOS:WEASEL (is known to)
    disputed\tvague\t-\tWikipedia words to watch (expressions of doubt)
    common belief\tvague\t-\tWikipedia MOS:WEASEL (pattern)
    commonly believed\tvague\t-\tWikipedia MOS:WEASEL (pattern)
    often credited\tvague\t-\tWikipedia MOS:WEASEL (is often credited)
    credited with\tvague\t-\tWikipedia MOS:WEASEL (unattributed credit)
    some sources\tvague\t-\tWikipedia MOS:WEASEL (pattern)
    according to one source\tvague\t-\tWikipedia MOS:WEASEL (pattern)
    it can be inferred\tvague\t-\tinference without source (project)
    growing body of\tvague\t-\tWikipedia MOS:WEASEL (a growing body of opinion)
    # attribution: some / many
    some say\tattribution\t-\tWikipedia MOS:WEASEL (some people say)
    some argue\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    some believe\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    some claim\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    some feel\tattribution\t-\tWikipedia MOS:WEASEL (some feel that)
    some have suggested\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    some have argued\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    some people\tattribution\t-\tWikipedia MOS:WEASEL (some people say)
    some experts\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    some critics\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    some scientists\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    some researchers\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    many believe\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    many people\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    many experts\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    many scientists\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    many scholars\tattribution\t-\tWikipedia MOS:WEASEL (many scholars state)
    many are of the opinion\tattribution\t-\tWikipedia MOS:WEASEL
    most feel\tattribution\t-\tWikipedia MOS:WEASEL
    # attribution: unnamed groups with a reporting verb
    critics say\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    critics argue\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    experts say\tattribution\t-\tWikipedia MOS:WEASEL (experts say)
    experts believe\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    experts declare\tattribution\t-\tWikipedia MOS:WEASEL
    analysts say\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    sources say\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    sources said\tattribution\t-\tanonymous sourcing, news style (project)
    a source said\tattribution\t-\tanonymous sourcing, news style (project)
    scientists claim\tattribution\t-\tWikipedia MOS:WEASEL
    science says\tattribution\t-\tWikipedia MOS:WEASEL
    research has shown\tattribution\t-\tWikipedia MOS:WEASEL
    studies have shown\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    # attribution: anonymous sourcing
    people familiar with\tattribution\t-\tanonymous sourcing, news style (project)
    a person familiar with\tattribution\t-\tanonymous sourcing, news style (project)
    familiar with the matter\tattribution\t-\tanonymous sourcing, news style (project)
    people close to\tattribution\t-\tanonymous sourcing, news style (project)
    sources close to\tattribution\t-\tanonymous sourcing, news style (project)
    people briefed on\tattribution\t-\tanonymous sourcing, news style (project)
    people with knowledge of\tattribution\t-\tanonymous sourcing, news style (project)
    officials who spoke on condition of anonymity\tattribution\t-\tanonymous sourcing, news style (project)
    on condition of anonymity\tattribution\t-\tanonymous sourcing, news style (project)
    who asked not to be named\tattribution\t-\tanonymous sourcing, news style (project)
    who declined to be named\tattribution\t-\tanonymous sourcing, news style (project)
    not authorized to speak\tattribution\t-\tanonymous sourcing, news style (project)
    unnamed\tattribution\t-\tanonymous sourcing, news style (project)
    anonymous sources\tattribution\t-\tanonymous sourcing, news style (project)
    according to some\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    by some\tattribution\t-\tWikipedia MOS:WEASEL (pattern: regarded by some)
    by many\tattribution\t-\tWikipedia MOS:WEASEL (pattern: considered by many)
    by most\tattribution\t-\tWikipedia MOS:WEASEL (pattern: said by most)
    it is known that\tattribution\t-\tunattributed passive, like it is said (project; Wikipedia MOS:WEASEL)
    reputed\tattribution\t-\treputation without a source (project)
    self-proclaimed\tattribution\t-\tWikipedia MOS:DOUBT (a label the subject gave itself)
    self-styled\tattribution\t-\tWikipedia MOS:DOUBT (a label the subject gave itself)
    unconfirmed\tadverb\t-\tnews style: unconfirmed reports (project)
    unverified\tadverb\t-\tnews style: unverified claims (project)
    unsubstantiated\tadverb\t-\tnews style: unsubstantiated claims (project)
    is claimed\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    is rumoured\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    is rumored\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    are claimed\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    are rumoured\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    are rumored\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    was claimed\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    was rumoured\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    was rumored\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    were claimed\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    were rumoured\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    were rumored\tattribution\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    according to sources\tattribution\t-\tanonymous sourcing, news style (project)
    according to reports\tattribution\t-\tvague attribution, news style (project)
    unconfirmed reports\tattribution\t-\tvague attribution, news style (project)
    # attribution: impersonal passives
    it is said\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    it is believed\tattribution\t-\tWikipedia MOS:WEASEL (it is believed)
    it is thought\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    it is claimed\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    it is understood\tattribution\t-\tvague attribution, British news style (project)
    is understood to\tattribution\t-\tvague attribution, British news style (project)
    it is reported\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    it was reported\tattribution\t-\tWikipedia MOS:WEASEL (pattern: it is often reported)
    it has been suggested\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    it has been argued\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    it has been claimed\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    it has been reported\tattribution\t-\tWikipedia MOS:WEASEL (it has been reported that)
    it is often said\tattribution\t-\tWikipedia MOS:WEASEL
    it has been said\tattribution\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    it’s been said\tattribution\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    it was said\tattribution\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    it has been remarked\tattribution\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    it has been noted\tattribution\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    has been questioned\tvague\t-\tWikipedia MOS:WEASEL (doubt without a source: has been questioned)
    have been questioned\tvague\t-\tWikipedia MOS:WEASEL (doubt without a source: has been questioned)
    has been criticized\tvague\t-\tWikipedia MOS:WEASEL (doubt without a source: has been questioned)
    has been criticised\tvague\t-\tWikipedia MOS:WEASEL (doubt without a source: has been questioned)
    have been criticized\tvague\t-\tWikipedia MOS:WEASEL (doubt without a source: has been questioned)
    have been criticised\tvague\t-\tWikipedia MOS:WEASEL (doubt without a source: has been questioned)
    it is often reported\tattribution\t-\tWikipedia MOS:WEASEL
    it is widely thought\tattribution\t-\tWikipedia MOS:WEASEL
    is widely believed\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    is widely regarded\tattribution\t-\tWikipedia MOS:WEASEL (is widely regarded as)
    widely believed\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    widely thought\tattribution\t-\tWikipedia MOS:WEASEL (it is widely thought)
    widely regarded\tattribution\t-\tWikipedia MOS:WEASEL (is widely regarded as)
    widely considered\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    widely accepted\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    is considered\tattribution\t-\tWikipedia MOS:WEASEL (it is considered)
    are considered\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    was considered\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    considered to be\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    considered by many\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    is regarded as\tattribution\t-\tWikipedia MOS:WEASEL (it is regarded)
    is generally considered\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    is generally accepted\tattribution\t-\tWikipedia MOS:WEASEL (pattern)
    has been described as\tattribution\t-\tWikipedia MOS:WEASEL (X has been described as Y)
    is said to\tattribution\t-\tvague attribution, news style (project)
    are said to\tattribution\t-\tvague attribution, news style (project)
    is reported to\tattribution\t-\tvague attribution, news style (project)
    was reported to\tattribution\t-\tvague attribution, news style (project)
    are reported to\tattribution\t-\tvague attribution, news style (project)
    reportedly\tattribution\t-\tvague attribution, news style (project)
    allegedly\tattribution\t-\tWikipedia Words to watch (expressions of doubt)
    supposedly\tattribution\t-\tWikipedia Words to watch (expressions of doubt)
    purportedly\tattribution\t-\tWikipedia Words to watch (expressions of doubt)
    reputedly\tattribution\t-\tvague attribution (project)
    # phrases: open questions
    whether\tphrase\t-\tCoNLL-2010 bio top-20 cue (whether)
    whether or not\tphrase\t-\tCoNLL-2010 bio top-20 cue (whether)
    raises questions\tphrase\t-\tnews style (project)
    raised questions\tphrase\t-\tnews style (project)
    raising questions\tphrase\t-\tnews style (project)
    raises the question\tphrase\t-\tnews style (project)
    raises the possibility\tphrase\t-\tform of possibility (project); CoNLL-2010 bio training cue (4 times)
    raised the possibility\tphrase\t-\tform of possibility (project)
    raising the possibility\tphrase\t-\tform of possibility (project)
    the possibility that\tphrase\t-\tform of possibility (project)
    there is a possibility\tphrase\t-\tform of possibility (project)
    there is a chance\tphrase\t-\tform of possibility (project)
    it remains to be seen\tphrase\t-\tnews style (project)
    remains to be seen\tphrase\t-\tnews style (project)
    remain to be seen\tphrase\t-\tnews style (project)
    only time will tell\tphrase\t-\tnews style (project)
    time will tell\tphrase\t-\tnews style (project)
    it is possible that\tphrase\t-\tform of possible (CoNLL-2010 bio top-20 cue)
    is likely to\tphrase\t-\tform of likely (CoNLL-2010 bio top-20 cue)
    are likely to\tphrase\t-\tform of likely (CoNLL-2010 bio top-20 cue)
    it is unclear whether\tphrase\t-\tform of unclear (project)
    remains unclear\tphrase\t-\tform of unclear (project)
    not yet clear\tphrase\t-\tform of unclear (project)
    not clear\tphrase\t-\tform of unclear (project); CoNLL-2010 bio training cue (8 times)
    not yet known\tphrase\t-\topen question, news style (project)
    it is not known\tphrase\t-\topen question, science writing (project)
    remains unknown\tphrase\t-\topen question, science writing (project)
    not known\tphrase\t-\topen question, science writing (project); CoNLL-2010 bio training cue (13 times)
    unknown\tepistemic\t-\topen question, science writing (project); CoNLL-2010 bio training cue (29 times)
    remains to be determined\tphrase\t-\topen question, science writing (project)
    remains to be established\tphrase\t-\topen question, science writing (project)
    remains to be elucidated\tphrase\t-\topen question, science writing (project)
    remains to be confirmed\tphrase\t-\topen question, science writing (project)
    yet to be confirmed\tphrase\t-\topen question, news style (project)
    an open question\tphrase\t-\topen question (project)
    open to debate\tphrase\t-\topen question (project)
    a matter of debate\tphrase\t-\topen question (project)
    jury is still out\tphrase\t-\topen question, idiom (project)
    hard to say\tphrase\t-\topen question (project)
    difficult to say\tphrase\t-\topen question (project)
    too early to say\tphrase\t-\topen question, news style (project)
    too early to tell\tphrase\t-\topen question, news style (project)
    too soon to tell\tphrase\t-\topen question, news style (project)
    # phrases: unverified or not excluded
    there is speculation\tphrase\t-\tform of speculate (project)
    cannot be ruled out\tphrase\t-\tnot excluded (project)
    could not be ruled out\tphrase\t-\tnot excluded (project)
    not be ruled out\tphrase\t-\tnot excluded (project)
    not ruled out\tphrase\t-\tnot excluded, news style (project)
    cannot rule out\tphrase\t-\tnot excluded (project)
    cannot be excluded\tphrase\t-\tnot excluded, science writing (project); CoNLL-2010 bio training cue (3 times)
    could not be excluded\tphrase\t-\tnot excluded, science writing (project)
    cannot exclude\tphrase\t-\tnot excluded, science writing (project)
    could not be independently verified\tphrase\t-\tunverified claim, news style (project)
    could not be verified\tphrase\t-\tunverified claim, news style (project)
    could not independently verify\tphrase\t-\tunverified claim, news style (project)
    not independently verified\tphrase\t-\tunverified claim, news style (project)
    if confirmed\tphrase\t-\tconditional, news style (project)
    if true\tphrase\t-\tconditional, news style (project)
    preliminary findings\tphrase\t-\ttentative evidence, science reporting (project)
    preliminary results\tphrase\t-\ttentative evidence, science reporting (project)
    preliminary evidence\tphrase\t-\ttentative evidence, science reporting (project)
    # phrases: limiters and shields
    in theory\tphrase\t-\tlimiter (project)
    in principle\tphrase\t-\tlimiter (project)
    at least in part\tphrase\t-\tlimiter (project)
    to some extent\tphrase\t-\tlimiter (project)
    to a certain extent\tphrase\t-\tlimiter (project)
    to some degree\tphrase\t-\tlimiter (project)
    to a large extent\tphrase\t-\tlimiter (project)
    as far as we know\tphrase\t-\tPrince et al. 1982 shield (pattern)
    as far as i know\tphrase\t-\tPrince et al. 1982 shield (pattern)
    to my knowledge\tphrase\t-\tPrince et al. 1982 shield (pattern)
    to our knowledge\tphrase\t-\tPrince et al. 1982 shield (pattern)
    it looks like\tphrase\t-\tconversational hedge (project)
    it looks as if\tphrase\t-\tconversational hedge (project)
    looks as though\tphrase\t-\tconversational hedge (project)
    # puffery: praise stated as fact (Wikipedia MOS:PEACOCK, words to watch)
    famous\tpuffery\t-\tWikipedia MOS:PEACOCK
    notable\tpuffery\t-\tWikipedia MOS:PEACOCK
    notably\tpuffery\t-\tWikipedia MOS:PEACOCK
    renowned\tpuffery\t-\tWikipedia MOS:PEACOCK
    acclaimed\tpuffery\t-\tWikipedia MOS:PEACOCK
    legendary\tpuffery\t-\tWikipedia MOS:PEACOCK
    prestigious\tpuffery\t-\tWikipedia MOS:PEACOCK
    influential\tpuffery\t-\tWikipedia MOS:PEACOCK
    iconic\tpuffery\t-\tWikipedia MOS:PEACOCK
    celebrated\tpuffery\t-\tWikipedia MOS:PEACOCK
    prominent\tpuffery\t-\tWikipedia MOS:PEACOCK
    remarkable\tpuffery\t-\tWikipedia MOS:PEACOCK
    respected\tpuffery\t-\tWikipedia MOS:PEACOCK
    finest\tpuffery\t-\tWikipedia MOS:PEACOCK
    greatest\tpuffery\t-\tWikipedia MOS:PEACOCK
    best known\tpuffery\t-\tWikipedia MOS:PEACOCK
    well known\tpuffery\t-\tWikipedia MOS:PEACOCK
    well-known\tpuffery\t-\tWikipedia MOS:PEACOCK
    widely known\tpuffery\t-\tWikipedia MOS:PEACOCK
    one of the most\tpuffery\t-\tWikipedia MOS:PEACOCK
    one of the best\tpuffery\t-\tWikipedia MOS:PEACOCK
    one of the greatest\tpuffery\t-\tWikipedia MOS:PEACOCK
    most popular\tpuffery\t-\tWikipedia MOS:PEACOCK
    world-class\tpuffery\t-\tWikipedia MOS:PEACOCK
    world class\tpuffery\t-\tWikipedia MOS:PEACOCK
    leading\tpuffery\t-\tWikipedia MOS:PEACOCK
    visionary\tpuffery\t-\tWikipedia MOS:PEACOCK
    brilliant\tpuffery\t-\tWikipedia MOS:PEACOCK
    outstanding\tpuffery\t-\tWikipedia MOS:PEACOCK
    best-known\tpuffery\t-\tWikipedia words to watch (puffery)
    great\tpuffery\t-\tWikipedia words to watch (puffery)
    award-winning\tpuffery\t-\tWikipedia words to watch (puffery)
    landmark\tpuffery\t-\tWikipedia words to watch (puffery)
    innovative\tpuffery\t-\tWikipedia words to watch (puffery)
    revolutionary\tpuffery\t-\tWikipedia words to watch (puffery)
    extraordinary\tpuffery\t-\tWikipedia words to watch (puffery)
    virtuoso\tpuffery\t-\tWikipedia words to watch (puffery)
    gifted\tpuffery\t-\tWikipedia words to watch (puffery)
    important\tpuffery\t-\tWikipedia words to watch (puffery)
    major\tpuffery\t-\tWikipedia words to watch (puffery)
    popular\tpuffery\t-\tWikipedia words to watch (puffery)
    successful\tpuffery\t-\tWikipedia words to watch (puffery)
    beautiful\tpuffery\t-\tWikipedia words to watch (puffery)
    unique\tpuffery\t-\tWikipedia words to watch (puffery)
    impressive\tpuffery\t-\tWikipedia words to watch (puffery)
    highly\tpuffery\t-\tWikipedia words to watch (puffery)
    very\tpuffery\t-\tWikipedia words to watch (puffery)
    infamous\tpuffery\t-\tWikipedia words to watch (contentious labels)
    notorious\tpuffery\t-\tWikipedia words to watch (contentious labels)
    brutal\tpuffery\t-\tWikipedia words to watch (contentious labels)
    interestingly\tpuffery\t-\tWikipedia words to watch (editorializing)
    surprisingly\tpuffery\t-\tWikipedia words to watch (editorializing)
    unfortunately\tpuffery\t-\tWikipedia words to watch (editorializing)
    fortunately\tpuffery\t-\tWikipedia words to watch (editorializing)
    clearly\tpuffery\t-\tWikipedia words to watch (editorializing)
    obviously\tpuffery\t-\tWikipedia words to watch (editorializing)
    of course\tpuffery\t-\tWikipedia words to watch (editorializing)
    ironically\tpuffery\t-\tWikipedia words to watch (editorializing)
    tragically\tpuffery\t-\tWikipedia words to watch (editorializing)
    sadly\tpuffery\t-\tWikipedia words to watch (editorializing)
    it should be noted\tpuffery\t-\tWikipedia words to watch (editorializing)
    needless to say\tpuffery\t-\tWikipedia words to watch (editorializing)
    controversial\tpuffery\t-\tWikipedia MOS:LABEL (contentious label)
    # set phrases in which a cue word is no cue: the most that can be done, not a guess
    as possible\tcertainty\t-\tset phrase: as soon as possible (project)
    if possible\tcertainty\t-\tset phrase (project)
    where possible\tcertainty\t-\tset phrase (project)
    wherever possible\tcertainty\t-\tset phrase (project)
    whenever possible\tcertainty\t-\tset phrase (project)
    # certainty: cancel hedges, not cues themselves
    no doubt\tcertainty\t-\tbooster (project)
    little doubt\tcertainty\t-\tbooster (project)
    without doubt\tcertainty\t-\tbooster (project)
    without a doubt\tcertainty\t-\tbooster (project)
    beyond doubt\tcertainty\t-\tbooster (project)
    beyond any doubt\tcertainty\t-\tbooster (project)
    beyond reasonable doubt\tcertainty\t-\tbooster, legal standard (project)
    beyond a reasonable doubt\tcertainty\t-\tbooster, legal standard (project)
    undoubtedly\tcertainty\t-\tbooster (project)
    doubtless\tcertainty\t-\tbooster (project)
    there is no question\tcertainty\t-\tbooster (project)
    there’s no question\tcertainty\t-\tbooster (project)
    without question\tcertainty\t-\tbooster (project)
    unquestionably\tcertainty\t-\tbooster (project)
    undeniably\tcertainty\t-\tbooster (project)
    indisputably\tcertainty\t-\tbooster (project)
    definitely\tcertainty\t-\tbooster (project)
    certainly\tcertainty\t-\tbooster (project)
    firmly believe\tcertainty\t-\tbooster: a conviction, not a guess (project)
    firmly believes\tcertainty\t-\tbooster: a conviction, not a guess (project)
    firmly believed\tcertainty\t-\tbooster: a conviction, not a guess (project)
    strongly believe\tcertainty\t-\tbooster: a conviction, not a guess (project)
    strongly believes\tcertainty\t-\tbooster: a conviction, not a guess (project)
    strongly believed\tcertainty\t-\tbooster: a conviction, not a guess (project)
    truly believe\tcertainty\t-\tbooster: a conviction, not a guess (project)
    truly believes\tcertainty\t-\tbooster: a conviction, not a guess (project)
    truly believed\tcertainty\t-\tbooster: a conviction, not a guess (project)
    """
}
