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
///   superlative (only before a word that ranks: "one of the largest", "one of the first", not "one of the
///   members"),
///   bound (before-number, but a bound rather than an estimate — "nearly 200", "up to 30" —, weighed by the
///   data), dynamic and past-future (a modal's uses that often state no guess — "may also be used", "would later
///   become", "Symptoms may include" —: they match before the bare modal and are weighed by the data instead
///   of flagging alone), complement (a verb of belief with what is believed after it: "expected that…", "expected
///   the firm to…", "he thought it was…"; not "the expected profit"), verb (not the noun: "they feel", not "a
///   college feel"), as-complement ("see X as Y", not "see the film");
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
    may also have\tmodal\t-\tmodal perfect with also: a guess about one past case (project)
    might also have\tmodal\t-\tmodal perfect with also: a guess about one past case (project)
    could also have\tmodal\t-\tmodal perfect with also: a guess about one past case (project)
    may well\tmodal\t-\tmodal phrase (project)
    might well\tmodal\t-\tmodal phrase (project)
    could well\tmodal\t-\tmodal phrase (project)
    may have\tmodal\t-\tmodal perfect (project)
    might have\tmodal\t-\tmodal perfect (project)
    could have\tmodal\t-\tmodal perfect, not past ability (project)
    would have\tmodal\t-\tcounterfactual modal (project)
    may potentially\tmodal\t-\tstacked hedge (project)
    could potentially\tmodal\t-\tstacked hedge (project)
    may have played a role\tmodal\t-\tscience reporting (project)
    might have played a role\tmodal\t-\tscience reporting (project)
    # epistemic verbs: suggest, indicate
    suggest\tappearance\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic verb)
    suggests\tappearance\t-\tCoNLL-2010 bio top-20 cue
    suggested\tappearance\t-\tCoNLL-2010 bio top-20 cue
    suggesting\tappearance\t-\tCoNLL-2010 bio top-20 cue
    suggestion\tappearance\tthat-clause\tform of suggest (project); CoNLL-2010 bio training cue (4 times)
    suggestions\tappearance\tthat-clause\tform of suggest (project)
    indicate that\tappearance\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic verb)
    indicates that\tappearance\t-\tform of indicate that (CoNLL-2010 bio cue)
    indicated that\tappearance\t-\tCoNLL-2010 bio top-20 cue
    indicating that\tappearance\t-\tCoNLL-2010 bio top-20 cue
    indication\tappearance\tthat-clause\tform of indicate (project); CoNLL-2010 bio training cue (3 times)
    indications\tappearance\tthat-clause\tform of indicate (project)
    suggestive\tappearance\t-\tform of suggest (project)
    # epistemic verbs: appear, seem
    appear\tappearance\tthat-clause\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic verb)
    appears\tappearance\tthat-clause\tCoNLL-2010 bio top-20 cue
    appeared\tappearance\tthat-clause\tform of appear (project); CoNLL-2010 bio training cue (28 times)
    appear to\tappearance\t-\tCoNLL-2010 bio top-20 cue (appear)
    appears to\tappearance\t-\tCoNLL-2010 bio top-20 cue (appears)
    appeared to\tappearance\t-\tform of appear (project)
    appearing to\tappearance\t-\tform of appear (project)
    it appears\tappearance\t-\tform of appear (project)
    appears to be\tappearance\t-\tCoNLL-2010 bio top-20 cue (appears)
    seem\tappearance\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (10 times)
    seems\tappearance\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (32 times)
    seemed\tappearance\t-\tform of seem (project); CoNLL-2010 bio training cue (3 times)
    seems to be\tappearance\t-\tform of seem (project)
    # epistemic verbs: belief and supposition
    believe\tbelief\t-\tHyland 1998 (epistemic verb)
    believes\tbelief\t-\tHyland 1998 (epistemic verb)
    believed\tbelief\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (14 times)
    think\tbelief\t-\tHyland 1998 (epistemic verb); Prince et al. 1982 shield
    thinks\tbelief\t-\tform of think (project)
    thought\tbelief\tcomplement\tCoNLL-2010 bio top-20 cue (thought); with what is thought after it (project)
    thought to\tbelief\t-\tCoNLL-2010 bio top-20 cue (is thought to)
    suspect\tbelief\tthat-clause\tHyland 1998 (epistemic verb); rule skips the noun
    suspects\tbelief\tthat-clause\tform of suspect; rule skips the noun (project)
    suspected\tbelief\t-\tform of suspect (project); CoNLL-2010 bio training cue (4 times)
    speculate\tbelief\t-\tHyland 1998 (epistemic verb); Wikipedia MOS:SAID; CoNLL-2010 bio training cue (8 times)
    speculated\tbelief\t-\tform of speculate (project)
    speculation\tbelief\t-\tform of speculate (project)
    speculative\tbelief\t-\tform of speculate (project)
    assume\tbelief\tthat-clause\tHyland 1998 (epistemic verb)
    assumed\tbelief\tthat-clause\tform of assume (project); CoNLL-2010 bio training cue (5 times)
    assumes\tbelief\tthat-clause\tform of assume (project); CoNLL-2010 bio training cue (4 times)
    assuming\tbelief\tthat-clause\tform of assume (project); CoNLL-2010 bio training cue (3 times)
    assumed to\tbelief\t-\tform of assume (project)
    assumption\tbelief\t-\tHyland 1998 (epistemic noun); CoNLL-2010 bio training cue (7 times)
    presume\tbelief\t-\tform of presumably (project)
    presumed\tbelief\t-\tform of presumably (project)
    suppose\tbelief\t-\tconversational hedge (project)
    surmise\tbelief\t-\tWikipedia MOS:SAID
    guess\tbelief\t-\tconversational hedge (project)
    reckon\tbelief\t-\tconversational hedge, British news and reviews (project)
    reckons\tbelief\t-\tconversational hedge, British news and reviews (project)
    doubt\tbelief\t-\tepistemic verb (project)
    doubts\tbelief\t-\tform of doubt (project)
    doubtful\tbelief\t-\tform of doubt (project)
    # epistemic verbs: estimate, expect, predict
    estimate\tbelief\t-\tHyland 1998 (epistemic verb)
    estimates\tbelief\t-\tform of estimate (project)
    estimated\tbelief\t-\tform of estimate (project); CoNLL-2010 bio training cue (6 times)
    expect\tbelief\t-\tforecast, news style (project)
    expects\tbelief\t-\tforecast, news style (project)
    expected\tbelief\tcomplement\tforecast, news style (project); CoNLL-2010 bio training cue (8 times)
    expected to\tbelief\t-\tforecast, news style (project)
    is expected to\tbelief\t-\tforecast, news style (project)
    are expected to\tbelief\t-\tforecast, news style (project)
    predict\tbelief\t-\tHyland 1998 (epistemic verb)
    predicts\tbelief\t-\tform of predict (project)
    predicted\tbelief\tthat-clause\tform of predict (project); CoNLL-2010 bio training cue (7 times)
    predicted to\tbelief\t-\tform of predict, forecast (project)
    projected to\tbelief\t-\tforecast, news style (project)
    forecast to\tbelief\t-\tforecast, news style (project)
    # epistemic verbs: hypothesis and proposal
    hypothesize\tbelief\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (4 times)
    hypothesized\tbelief\t-\tform of hypothesize (project); CoNLL-2010 bio training cue (14 times)
    hypothesizes\tbelief\t-\tform of hypothesize (project)
    hypothesise\tbelief\t-\tBritish spelling of hypothesize (project)
    hypothesised\tbelief\t-\tBritish spelling of hypothesize (project)
    hypothesises\tbelief\t-\tBritish spelling of hypothesize (project)
    hypothesis\tbelief\t-\tHyland 1998 (epistemic noun); CoNLL-2010 bio training cue (22 times)
    hypotheses\tbelief\t-\tform of hypothesis (project)
    hypothetical\tbelief\t-\tform of hypothesis (project)
    postulate\tbelief\t-\tHyland 1998 (epistemic verb)
    postulated\tbelief\t-\tform of postulate (project)
    posit\tbelief\t-\tscience writing (project)
    posited\tbelief\t-\tscience writing (project)
    propose\tbelief\tthat-clause\tHyland 1998 (epistemic verb); rule skips proposals; CoNLL-2010 bio training cue (33 times)
    proposes\tbelief\tthat-clause\tform of propose (project)
    proposed\tbelief\tthat-clause\tform of propose (project); CoNLL-2010 bio training cue (10 times)
    proposing\tbelief\tthat-clause\tform of propose (project)
    imply\tappearance\t-\tHyland 1998 (epistemic verb); CoNLL-2010 bio training cue (12 times)
    implies\tappearance\t-\tform of imply (project); CoNLL-2010 bio training cue (7 times)
    implied\tappearance\t-\tform of imply (project)
    implying\tappearance\t-\tform of imply (project); CoNLL-2010 bio training cue (6 times)
    tend to\tquantity\t-\tHyland 1998 (tend to)
    tends to\tquantity\t-\tform of tend to (project)
    tended to\tquantity\t-\tform of tend to (project)
    # claims and allegations
    claim\tallegation\tthat-clause\tWikipedia MOS:SAID (claim)
    claims\tallegation\tthat-clause\tWikipedia MOS:SAID (claim)
    claimed\tallegation\tthat-clause\tWikipedia MOS:SAID (claim)
    allege\tallegation\tthat-clause\tform of alleged (project)
    alleges\tallegation\tthat-clause\tform of alleged (project)
    alleged\tallegation\t-\tWikipedia Words to watch (expressions of doubt)
    purported\tallegation\t-\tWikipedia Words to watch (expressions of doubt)
    so-called\tallegation\t-\tWikipedia Words to watch (expressions of doubt)
    # epistemic adjectives and nouns
    likely\tmodal\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic adjective)
    unlikely\tmodal\t-\tHyland 1998 (epistemic adjective); CoNLL-2010 bio training cue (5 times)
    possible\tmodal\t-\tCoNLL-2010 bio top-20 cue; Hyland 1998 (epistemic adjective)
    possibility\tmodal\t-\tHyland 1998 (epistemic noun); CoNLL-2010 bio training cue (15 times)
    probable\tmodal\t-\tHyland 1998 (epistemic adjective)
    improbable\tmodal\t-\tform of probable (project)
    potential\tmodal\t-\tCoNLL-2010 bio top-20 cue
    putative\tallegation\t-\tCoNLL-2010 bio top-20 cue
    apparent\tappearance\t-\tHyland 1998 (epistemic adjective); Wikipedia Words to watch (expressions of doubt); CoNLL-2010 bio training cue (7 times)
    uncertain\tquestion\t-\tHyland 1998 (epistemic adjective)
    unclear\tquestion\t-\tHyland 1998 (epistemic adjective); CoNLL-2010 bio training cue (20 times)
    unsure\tquestion\t-\tuncertainty adjective (project)
    not sure\tquestion\t-\tuncertainty adjective (project)
    not certain\tquestion\t-\tuncertainty adjective (project)
    plausible\tmodal\t-\tHyland 1998 (epistemic adjective)
    conceivable\tmodal\t-\tform of conceivably (project)
    questionable\tquestion\t-\tuncertainty adjective (project)
    debatable\tquestion\t-\tuncertainty adjective (project)
    tentative\tmodal\t-\tscience writing (project)
    unconfirmed\tallegation\t-\tunverified claim, news style (project)
    unverified\tallegation\t-\tunverified claim, news style (project)
    unsubstantiated\tallegation\t-\tunverified claim, news style (project)
    unproven\tallegation\t-\tunverified claim, news style (project)
    rumour\tallegation\t-\tunverified claim, news style (project)
    rumours\tallegation\t-\tunverified claim, news style (project)
    rumoured\tallegation\t-\tunverified claim, news style (project)
    rumor\tallegation\t-\tunverified claim, news style (project)
    rumors\tallegation\t-\tunverified claim, news style (project)
    rumored\tallegation\t-\tunverified claim, news style (project)
    # adverbs
    perhaps\tmodal\t-\tHyland 1998 (epistemic adverb); CoNLL-2010 bio training cue (13 times)
    maybe\tmodal\t-\tepistemic adverb (project)
    possibly\tmodal\t-\tHyland 1998 (epistemic adverb); CoNLL-2010 bio training cue (30 times)
    probably\tmodal\t-\tHyland 1998 (epistemic adverb); Prince et al. 1982 shield; CoNLL-2010 bio training cue (28 times)
    presumably\tmodal\t-\tHyland 1998 (epistemic adverb); Prince et al. 1982 shield; CoNLL-2010 bio training cue (12 times)
    apparently\tappearance\t-\tHyland 1998 (epistemic adverb); CoNLL-2010 bio training cue (9 times)
    potentially\tmodal\t-\tform of potential (CoNLL-2010 bio top-20 cue)
    conceivably\tmodal\t-\tepistemic adverb (project)
    arguably\tbelief\t-\tepistemic adverb (project)
    seemingly\tappearance\t-\tform of seem (project)
    ostensibly\tappearance\t-\tepistemic adverb (project)
    plausibly\tmodal\t-\tepistemic adverb (project)
    feasibly\tmodal\t-\tepistemic adverb (project)
    putatively\tallegation\t-\tform of putative (CoNLL-2010 bio top-20 cue)
    tentatively\tmodal\t-\tscience writing (project)
    hypothetically\tmodal\t-\tform of hypothesis (project)
    theoretically\tmodal\t-\tform of in theory (project)
    almost certainly\tmodal\t-\tapproximated certainty, a hedge (project)
    in all likelihood\tmodal\t-\tform of likelihood (project)
    largely\tapproximator\t-\tLakoff 1972 hedges; Hyland 1998
    generally\tapproximator\t-\tHyland 1998 (epistemic adverb)
    essentially\tapproximator\t-\tLakoff 1972 hedges; Hyland 1998
    sort of\tapproximator\t-\tLakoff 1972 hedges; Prince et al. 1982 adaptor
    more or less\tapproximator\t-\tLakoff 1972 hedges
    in a sense\tapproximator\t-\tLakoff 1972 hedges
    as it were\tapproximator\t-\tLakoff 1972 hedges
    # approximators
    about\tapproximator\tbefore-number\tPrince et al. 1982 rounder; Hyland 1998
    around\tapproximator\tbefore-number\tPrince et al. 1982 rounder; Hyland 1998
    approximately\tapproximator\t-\tPrince et al. 1982 rounder; Hyland 1998
    roughly\tapproximator\t-\tLakoff 1972 hedges; Hyland 1998
    some\tapproximator\tbefore-number\tapproximator (some 200), news style (project)
    some\tquantity\t-\tWikipedia MOS:WEASEL (vague quantifier: some say); weight learned
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
    various\tquantity\t-\tvague quantifier (project)
    numerous\tquantity\t-\tvague quantifier (project)
    countless\tquantity\t-\tvague quantifier (project)
    a number of\tquantity\t-\tvague quantifier (project)
    certain\tquantity\t-\tvague determiner: certain people, certain cases (project)
    often\tquantity\t-\tHyland 1998 (frequency downtoner)
    sometimes\tquantity\t-\tHyland 1998 (frequency downtoner)
    usually\tquantity\t-\tHyland 1998 (frequency downtoner)
    frequently\tquantity\t-\tHyland 1998 (frequency downtoner)
    commonly\tquantity\t-\tHyland 1998 (frequency downtoner)
    typically\tquantity\t-\tHyland 1998 (frequency downtoner)
    mostly\tquantity\t-\tHyland 1998 (downtoner)
    mainly\tquantity\t-\tHyland 1998 (downtoner)
    somewhat\tapproximator\t-\tLakoff 1972 hedges
    relatively\tapproximator\t-\tHyland 1998 (downtoner)
    fairly\tapproximator\t-\tLakoff 1972 hedges
    rather\tapproximator\t-\tLakoff 1972 hedges
    virtually\tapproximator\t-\tHyland 1998 (approximating adverb)
    a few\tquantity\t-\tvague quantifier (project)
    few\tquantity\t-\tvague quantifier (project)
    dozens of\tquantity\t-\tvague quantifier (project)
    most of\tquantity\t-\tvague quantifier (project)
    much of\tquantity\t-\tvague quantifier (project)
    the majority of\tquantity\t-\tvague quantifier (project)
    a majority of\tquantity\t-\tvague quantifier (project)
    majority\tquantity\t-\tvague quantifier (project)
    a lot of\tquantity\t-\tvague quantifier (project)
    plenty of\tquantity\t-\tvague quantifier (project)
    a variety of\tquantity\t-\tvague quantifier (project)
    a wide range of\tquantity\t-\tvague quantifier (project)
    substantial\tquantity\t-\tvague quantifier (project)
    considerable\tquantity\t-\tvague quantifier (project)
    considerably\tquantity\t-\tvague quantifier (project)
    significant\tquantity\t-\tvague quantifier (project)
    significantly\tquantity\t-\tvague quantifier (project)
    a great deal of\tquantity\t-\tvague quantifier (project)
    a wide variety of\tquantity\t-\tvague quantifier (project)
    wide variety of\tquantity\t-\tvague quantifier (project)
    wide range of\tquantity\t-\tvague quantifier (project)
    a plethora of\tquantity\t-\tvague quantifier (project)
    a host of\tquantity\t-\tvague quantifier (project)
    a handful of\tquantity\t-\tvague quantifier (project)
    hundreds of\tquantity\t-\tvague quantity: a count left round (project)
    thousands of\tquantity\t-\tvague quantity: a count left round (project)
    millions of\tquantity\t-\tvague quantity: a count left round (project)
    a large number of\tquantity\t-\tvague quantifier (project)
    a small number of\tquantity\t-\tvague quantifier (project)
    a range of\tquantity\t-\tvague quantifier (project)
    a large part of\tquantity\t-\tvague quantifier (project)
    widespread\tquantity\t-\tvague extent (widespread use, widespread criticism) (project)
    # attribution: vague subjects of a reporting verb
    critics\tsource\tsentence-weasel\tWikipedia MOS:WEASEL
    critics\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    experts\tsource\tsentence-weasel\tWikipedia MOS:WEASEL (experts declare)
    experts\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    analysts\tsource\tsentence-weasel\tWikipedia MOS:WEASEL (pattern)
    analysts\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    observers\tsource\tsentence-weasel\tWikipedia MOS:WEASEL (pattern)
    observers\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    sources\tsource\tsentence-weasel\tWikipedia MOS:WEASEL (pattern)
    insiders\tsource\tsentence-weasel\tWikipedia MOS:WEASEL (pattern)
    scholars\tsource\tsentence-weasel\tWikipedia MOS:WEASEL (many scholars state)
    scholars\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    many\tquantity\tsentence-weasel\tWikipedia MOS:WEASEL (vague quantifier)
    many\tquantity\t-\tWikipedia MOS:WEASEL (vague quantifier: many scholars state); weight learned
    most\tquantity\tsentence-weasel\tWikipedia MOS:WEASEL (most feel)
    historians\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    commentators\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    researchers\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    scientists\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    supporters\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    opponents\tsource\tunnamed\tWikipedia MOS:WEASEL (unnamed group); weight learned
    others\tsource\tunnamed\tWikipedia MOS:WEASEL (others say; while others argue); weight learned
    perceived as\tsource\t-\tWikipedia MOS:WEASEL (is perceived as, unattributed view)
    deemed\tsource\tagentless\tWikipedia MOS:WEASEL (was deemed, unattributed judgement) (not with an agent: by …)
    has been called\tsource\tagentless\tWikipedia MOS:WEASEL (has been called, unattributed label) (not with an agent: by …)
    have been called\tsource\tagentless\tWikipedia MOS:WEASEL (have been called, unattributed label) (not with an agent: by …)
    thought of as\tsource\t-\tWikipedia MOS:WEASEL (is thought of as)
    widely\tquantity\t-\tWikipedia MOS:WEASEL (widely regarded, widely believed)
    considered\tsource\tagentless\tWikipedia MOS:WEASEL (is considered) (not with an agent: by …)
    regarded as\tsource\t-\tWikipedia MOS:WEASEL (is regarded as)
    viewed as\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    seen as\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    described as\tsource\t-\tWikipedia MOS:WEASEL (has been described as)
    said to\tsource\t-\tWikipedia MOS:WEASEL (is said to)
    criticized\tsource\tagentless\tWikipedia MOS:WEASEL (has been criticized, unattributed) (not with an agent: by …)
    criticised\tsource\tagentless\tBritish spelling of criticized (project) (not with an agent: by …)
    argue\tsource\t-\tWikipedia MOS:SAID (argue)
    argues\tsource\t-\tWikipedia MOS:SAID (argue)
    argued\tsource\t-\tWikipedia MOS:SAID (argue)
    contend\tsource\t-\tWikipedia MOS:SAID (contend)
    contends\tsource\t-\tWikipedia MOS:SAID (contend)
    contended\tsource\t-\tWikipedia MOS:SAID (contend)
    known for\tsource\t-\tWikipedia MOS:WEASEL (is known for, unattributed reputation)
    known to\tsource\t-\tWikipedia MOS:WEASEL (is known to)
    disputed\tsource\t-\tWikipedia words to watch (expressions of doubt)
    common belief\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    commonly believed\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    often credited\tsource\t-\tWikipedia MOS:WEASEL (is often credited)
    credited with\tsource\t-\tWikipedia MOS:WEASEL (unattributed credit)
    some sources\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    according to one source\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    it can be inferred\tsource\t-\tinference without source (project)
    growing body of\tquantity\t-\tWikipedia MOS:WEASEL (a growing body of opinion)
    # attribution: some / many
    some say\tsource\t-\tWikipedia MOS:WEASEL (some people say)
    some argue\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    some believe\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    some claim\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    some feel\tsource\t-\tWikipedia MOS:WEASEL (some feel that)
    some have suggested\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    some have argued\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    some people\tsource\t-\tWikipedia MOS:WEASEL (some people say)
    some experts\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    some critics\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    some scientists\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    some researchers\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    many believe\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    many people\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    many experts\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    many scientists\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    many scholars\tsource\t-\tWikipedia MOS:WEASEL (many scholars state)
    many are of the opinion\tsource\t-\tWikipedia MOS:WEASEL
    most feel\tsource\t-\tWikipedia MOS:WEASEL
    # attribution: unnamed groups with a reporting verb
    critics say\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    critics argue\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    experts say\tsource\t-\tWikipedia MOS:WEASEL (experts say)
    experts believe\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    experts declare\tsource\t-\tWikipedia MOS:WEASEL
    analysts say\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    sources say\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    sources said\tsource\t-\tanonymous sourcing, news style (project)
    a source said\tsource\t-\tanonymous sourcing, news style (project)
    scientists claim\tsource\t-\tWikipedia MOS:WEASEL
    science says\tsource\t-\tWikipedia MOS:WEASEL
    research has shown\tsource\t-\tWikipedia MOS:WEASEL
    studies have shown\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    # attribution: anonymous sourcing
    people familiar with\tsource\t-\tanonymous sourcing, news style (project)
    a person familiar with\tsource\t-\tanonymous sourcing, news style (project)
    familiar with the matter\tsource\t-\tanonymous sourcing, news style (project)
    people close to\tsource\t-\tanonymous sourcing, news style (project)
    sources close to\tsource\t-\tanonymous sourcing, news style (project)
    people briefed on\tsource\t-\tanonymous sourcing, news style (project)
    people with knowledge of\tsource\t-\tanonymous sourcing, news style (project)
    officials who spoke on condition of anonymity\tsource\t-\tanonymous sourcing, news style (project)
    on condition of anonymity\tsource\t-\tanonymous sourcing, news style (project)
    who asked not to be named\tsource\t-\tanonymous sourcing, news style (project)
    who declined to be named\tsource\t-\tanonymous sourcing, news style (project)
    not authorized to speak\tsource\t-\tanonymous sourcing, news style (project)
    unnamed\tsource\t-\tanonymous sourcing, news style (project)
    anonymous sources\tsource\t-\tanonymous sourcing, news style (project)
    according to some\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    by some\tsource\t-\tWikipedia MOS:WEASEL (pattern: regarded by some)
    by many\tsource\t-\tWikipedia MOS:WEASEL (pattern: considered by many)
    by most\tsource\t-\tWikipedia MOS:WEASEL (pattern: said by most)
    it is known that\tsource\t-\tunattributed passive, like it is said (project; Wikipedia MOS:WEASEL)
    reputed\tallegation\t-\treputation without a source (project)
    self-proclaimed\tallegation\t-\tWikipedia MOS:DOUBT (a label the subject gave itself)
    self-styled\tallegation\t-\tWikipedia MOS:DOUBT (a label the subject gave itself)
    unconfirmed\tallegation\t-\tnews style: unconfirmed reports (project)
    unverified\tallegation\t-\tnews style: unverified claims (project)
    unsubstantiated\tallegation\t-\tnews style: unsubstantiated claims (project)
    is claimed\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    is rumoured\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    is rumored\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    are claimed\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    are rumoured\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    are rumored\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    was claimed\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    was rumoured\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    was rumored\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    were claimed\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    were rumoured\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    were rumored\tallegation\tagentless\tWikipedia MOS:WEASEL (unattributed: it is claimed, is rumoured)
    according to sources\tsource\t-\tanonymous sourcing, news style (project)
    according to reports\tsource\t-\tvague attribution, news style (project)
    unconfirmed reports\tallegation\t-\tvague attribution, news style (project)
    # attribution: impersonal passives
    it is said\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    it is believed\tbelief\t-\tWikipedia MOS:WEASEL (it is believed)
    it is thought\tbelief\t-\tWikipedia MOS:WEASEL (pattern)
    it is claimed\tallegation\t-\tWikipedia MOS:WEASEL (pattern)
    it is understood\tbelief\t-\tvague attribution, British news style (project)
    is understood to\tbelief\t-\tvague attribution, British news style (project)
    it is reported\tsource\t-\tWikipedia MOS:WEASEL (pattern); unattributed like it is said
    it was reported\tsource\t-\tWikipedia MOS:WEASEL (pattern: it is often reported); unattributed like it is said
    it has been suggested\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    it has been argued\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    it has been claimed\tallegation\t-\tWikipedia MOS:WEASEL (pattern)
    it has been reported\tsource\t-\tWikipedia MOS:WEASEL (it has been reported that); unattributed like it is said
    it is often said\tsource\t-\tWikipedia MOS:WEASEL
    it has been said\tsource\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    it’s been said\tsource\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    it was said\tsource\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    it has been remarked\tsource\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    it has been noted\tsource\t-\tWikipedia MOS:WEASEL (unattributed: it has been said)
    has been questioned\tsource\t-\tWikipedia MOS:WEASEL (doubt without a source: has been questioned)
    have been questioned\tsource\t-\tWikipedia MOS:WEASEL (doubt without a source: has been questioned)
    has been criticized\tsource\tagentless\tWikipedia MOS:WEASEL (doubt without a source: has been questioned) (not with an agent: by …)
    has been criticised\tsource\tagentless\tWikipedia MOS:WEASEL (doubt without a source: has been questioned) (not with an agent: by …)
    have been criticized\tsource\tagentless\tWikipedia MOS:WEASEL (doubt without a source: has been questioned) (not with an agent: by …)
    have been criticised\tsource\tagentless\tWikipedia MOS:WEASEL (doubt without a source: has been questioned) (not with an agent: by …)
    it is often reported\tsource\t-\tWikipedia MOS:WEASEL; unattributed like it is said
    it is widely thought\tbelief\t-\tWikipedia MOS:WEASEL
    is widely believed\tbelief\t-\tWikipedia MOS:WEASEL (pattern)
    is widely regarded\tsource\t-\tWikipedia MOS:WEASEL (is widely regarded as)
    widely believed\tbelief\t-\tWikipedia MOS:WEASEL (pattern)
    widely thought\tbelief\t-\tWikipedia MOS:WEASEL (it is widely thought)
    widely regarded\tsource\t-\tWikipedia MOS:WEASEL (is widely regarded as)
    widely considered\tsource\tagentless\tWikipedia MOS:WEASEL (pattern) (not with an agent: by …)
    widely accepted\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    is considered\tsource\tagentless\tWikipedia MOS:WEASEL (it is considered) (not with an agent: by …)
    are considered\tsource\tagentless\tWikipedia MOS:WEASEL (pattern) (not with an agent: by …)
    was considered\tsource\tagentless\tWikipedia MOS:WEASEL (pattern) (not with an agent: by …)
    considered to be\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    considered by many\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    is regarded as\tsource\t-\tWikipedia MOS:WEASEL (it is regarded)
    is generally considered\tsource\tagentless\tWikipedia MOS:WEASEL (pattern) (not with an agent: by …)
    is generally accepted\tsource\t-\tWikipedia MOS:WEASEL (pattern)
    has been described as\tsource\t-\tWikipedia MOS:WEASEL (X has been described as Y)
    is said to\tsource\t-\tvague attribution, news style (project); unattributed like it is said (Wikipedia MOS:WEASEL)
    are said to\tsource\t-\tvague attribution, news style (project); unattributed like it is said (Wikipedia MOS:WEASEL)
    was said to\tsource\t-\tunattributed like it is said (project; Wikipedia MOS:WEASEL)
    were said to\tsource\t-\tunattributed like it is said (project; Wikipedia MOS:WEASEL)
    is reported to\tsource\t-\tvague attribution, news style (project); unattributed like it is said (Wikipedia MOS:WEASEL)
    was reported to\tsource\t-\tvague attribution, news style (project); unattributed like it is said (Wikipedia MOS:WEASEL)
    are reported to\tsource\t-\tvague attribution, news style (project); unattributed like it is said (Wikipedia MOS:WEASEL)
    reportedly\tallegation\t-\tvague attribution, news style (project)
    allegedly\tallegation\t-\tWikipedia Words to watch (expressions of doubt)
    supposedly\tallegation\t-\tWikipedia Words to watch (expressions of doubt)
    purportedly\tallegation\t-\tWikipedia Words to watch (expressions of doubt)
    reputedly\tallegation\t-\tvague attribution (project)
    # phrases: open questions
    whether\tquestion\t-\tCoNLL-2010 bio top-20 cue (whether)
    whether or not\tquestion\t-\tCoNLL-2010 bio top-20 cue (whether)
    raises questions\tquestion\t-\tnews style (project)
    raised questions\tquestion\t-\tnews style (project)
    raising questions\tquestion\t-\tnews style (project)
    raises the question\tquestion\t-\tnews style (project)
    raises the possibility\tmodal\t-\tform of possibility (project); CoNLL-2010 bio training cue (4 times)
    raised the possibility\tmodal\t-\tform of possibility (project)
    raising the possibility\tmodal\t-\tform of possibility (project)
    the possibility that\tmodal\t-\tform of possibility (project)
    there is a possibility\tmodal\t-\tform of possibility (project)
    there is a chance\tmodal\t-\tform of possibility (project)
    it remains to be seen\tquestion\t-\tnews style (project)
    remains to be seen\tquestion\t-\tnews style (project)
    remain to be seen\tquestion\t-\tnews style (project)
    only time will tell\tquestion\t-\tnews style (project)
    time will tell\tquestion\t-\tnews style (project)
    it is possible that\tmodal\t-\tform of possible (CoNLL-2010 bio top-20 cue)
    is likely to\tmodal\t-\tform of likely (CoNLL-2010 bio top-20 cue)
    are likely to\tmodal\t-\tform of likely (CoNLL-2010 bio top-20 cue)
    it is unclear whether\tquestion\t-\tform of unclear (project)
    remains unclear\tquestion\t-\tform of unclear (project)
    not yet clear\tquestion\t-\tform of unclear (project)
    not clear\tquestion\t-\tform of unclear (project); CoNLL-2010 bio training cue (8 times)
    not yet known\tquestion\t-\topen question, news style (project)
    it is not known\tquestion\t-\topen question, science writing (project)
    remains unknown\tquestion\t-\topen question, science writing (project)
    not known\tquestion\t-\topen question, science writing (project); CoNLL-2010 bio training cue (13 times)
    unknown\tquestion\t-\topen question, science writing (project); CoNLL-2010 bio training cue (29 times)
    remains to be determined\tquestion\t-\topen question, science writing (project)
    remains to be established\tquestion\t-\topen question, science writing (project)
    remains to be elucidated\tquestion\t-\topen question, science writing (project)
    remains to be confirmed\tquestion\t-\topen question, science writing (project)
    yet to be confirmed\tquestion\t-\topen question, news style (project)
    an open question\tquestion\t-\topen question (project)
    open to debate\tquestion\t-\topen question (project)
    a matter of debate\tquestion\t-\topen question (project)
    jury is still out\tquestion\t-\topen question, idiom (project)
    hard to say\tquestion\t-\topen question (project)
    difficult to say\tquestion\t-\topen question (project)
    too early to say\tquestion\t-\topen question, news style (project)
    too early to tell\tquestion\t-\topen question, news style (project)
    too soon to tell\tquestion\t-\topen question, news style (project)
    # phrases: unverified or not excluded
    there is speculation\tbelief\t-\tform of speculate (project)
    cannot be ruled out\tmodal\t-\tnot excluded (project)
    could not be ruled out\tmodal\t-\tnot excluded (project)
    not be ruled out\tmodal\t-\tnot excluded (project)
    not ruled out\tmodal\t-\tnot excluded, news style (project)
    cannot rule out\tmodal\t-\tnot excluded (project)
    cannot be excluded\tmodal\t-\tnot excluded, science writing (project); CoNLL-2010 bio training cue (3 times)
    could not be excluded\tmodal\t-\tnot excluded, science writing (project)
    cannot exclude\tmodal\t-\tnot excluded, science writing (project)
    could not be independently verified\tallegation\t-\tunverified claim, news style (project)
    could not be verified\tallegation\t-\tunverified claim, news style (project)
    could not independently verify\tallegation\t-\tunverified claim, news style (project)
    not independently verified\tallegation\t-\tunverified claim, news style (project)
    if confirmed\tcondition\t-\tconditional, news style (project)
    if true\tcondition\t-\tconditional, news style (project)
    preliminary findings\tbelief\t-\ttentative evidence, science reporting (project)
    preliminary results\tbelief\t-\ttentative evidence, science reporting (project)
    preliminary evidence\tbelief\t-\ttentative evidence, science reporting (project)
    # phrases: limiters and shields
    in theory\tmodal\t-\tlimiter (project)
    in principle\tmodal\t-\tlimiter (project)
    at least in part\tapproximator\t-\tlimiter (project)
    to some extent\tapproximator\t-\tlimiter (project)
    to a certain extent\tapproximator\t-\tlimiter (project)
    to some degree\tapproximator\t-\tlimiter (project)
    to a large extent\tapproximator\t-\tlimiter (project)
    as far as we know\tbelief\t-\tPrince et al. 1982 shield (pattern)
    as far as i know\tbelief\t-\tPrince et al. 1982 shield (pattern)
    to my knowledge\tbelief\t-\tPrince et al. 1982 shield (pattern)
    to our knowledge\tbelief\t-\tPrince et al. 1982 shield (pattern)
    it looks like\tappearance\t-\tconversational hedge (project)
    it looks as if\tappearance\t-\tconversational hedge (project)
    looks as though\tappearance\t-\tconversational hedge (project)
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
    one of the\tpuffery\tsuperlative\tWikipedia MOS:PEACOCK (one of the largest, one of the first: a rank without its measure)
    the most\tpuffery\t-\tWikipedia MOS:PEACOCK (the most eminent: a superlative without source); weight learned
    well received\tpuffery\t-\tWikipedia MOS:PEACOCK (a reception without who received it)
    well-received\tpuffery\t-\tWikipedia MOS:PEACOCK (a reception without who received it)
    pioneering\tpuffery\t-\tWikipedia MOS:PEACOCK
    phenomenal\tpuffery\t-\tWikipedia MOS:PEACOCK
    cutting-edge\tpuffery\t-\tWikipedia MOS:PEACOCK
    cutting edge\tpuffery\t-\tWikipedia MOS:PEACOCK
    awesome\tpuffery\t-\tWikipedia MOS:PEACOCK
    excellent\tpuffery\t-\tpraise stated as fact (project; Wikipedia MOS:PEACOCK)
    little known\tpuffery\t-\ta reputation without whose (project; Wikipedia MOS:WEASEL)
    little-known\tpuffery\t-\ta reputation without whose (project; Wikipedia MOS:WEASEL)
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
    # conditions: the statement holds only if something else does (Szeged uncertainty guidelines, hypo_condition)
    if\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    unless\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    provided that\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    providing that\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    in case\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    in the event that\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    as long as\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    on condition that\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    until\tcondition\t-\tcondition (Szarvas et al. 2012, hypo_condition); weighed by the data
    # the future and contractions of modals: “will” states a prediction in a condition’s frame; weighed by the data
    will\tmodal\t-\tfuture / prediction (Szarvas et al. 2012; news: “will” in conditions); weighed by the data
    i’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    i’ll\tmodal\t-\tcontraction of will (project); weighed with will
    you’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    you’ll\tmodal\t-\tcontraction of will (project); weighed with will
    he’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    he’ll\tmodal\t-\tcontraction of will (project); weighed with will
    she’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    she’ll\tmodal\t-\tcontraction of will (project); weighed with will
    it’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    it’ll\tmodal\t-\tcontraction of will (project); weighed with will
    we’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    we’ll\tmodal\t-\tcontraction of will (project); weighed with will
    they’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    they’ll\tmodal\t-\tcontraction of will (project); weighed with will
    that’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    that’ll\tmodal\t-\tcontraction of will (project); weighed with will
    there’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    there’ll\tmodal\t-\tcontraction of will (project); weighed with will
    who’d\tmodal\t-\tcontraction of would/had (project); weighed with would
    who’ll\tmodal\t-\tcontraction of will (project); weighed with will
    won’t\tmodal\t-\tnegated or perfect modal, contracted (project)
    wouldn’t\tmodal\t-\tnegated or perfect modal, contracted (project)
    couldn’t\tmodal\tcould-past\tnegated modal, contracted: as could not (project)
    mightn’t\tmodal\t-\tnegated or perfect modal, contracted (project)
    shouldn’t\tmodal\t-\tnegated or perfect modal, contracted (project)
    would’ve\tmodal\t-\tnegated or perfect modal, contracted (project)
    could’ve\tmodal\t-\tnegated or perfect modal, contracted (project)
    might’ve\tmodal\t-\tnegated or perfect modal, contracted (project)
    should’ve\tmodal\t-\tnegated or perfect modal, contracted (project)
    # beliefs, hopes, fears and expectations (Szarvas et al. 2012, hypo_doxastic; Hyland 1998)
    hope\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    hopes\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    hoped\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    hoping\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    fear\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    fears\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    feared\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    fearing\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    feel\tbelief\tverb\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    feels\tbelief\tverb\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    felt\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    worry\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    worries\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    worried\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    anticipate\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    anticipates\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    anticipated\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    expectation\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    expectations\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    confident\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    predictions\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    forecast\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    forecasts\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    projected\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    is set to\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    are set to\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    was set to\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    were set to\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    is poised to\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    are poised to\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    believing\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    consider it likely\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    sees\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    foresee\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    foresees\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    optimistic\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    pessimistic\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    concerned that\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    concern that\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    concerns that\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    supposed to\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    consider that\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    considers that\tbelief\t-\tbelief or expectation (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    see\tbelief\tas-complement\ta view: see X as Y (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    saw\tbelief\tas-complement\ta view: saw X as Y (Szarvas et al. 2012, hypo_doxastic); weighed by the data
    likelihood\tmodal\t-\tprobability noun (Szarvas et al. 2012, modal); weighed by the data
    uncertainty\tquestion\t-\tepistemic noun (Szarvas et al. 2012, modal); weighed by the data
    # accusations (Szarvas et al. 2012 mark them doxastic: the truth is open)
    accused\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    accuses\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    accusing\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    accusation\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    accusations\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    is accused of\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    are accused of\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    was accused of\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    charged with\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    suspected of\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    charges that\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    charges of\tallegation\t-\taccusation (project; Szarvas et al. 2012)
    # open questions (Szarvas et al. 2012, hypo_investigation)
    yet to be seen\tquestion\t-\topen question (Szarvas et al. 2012, hypo_investigation)
    to see if\tquestion\t-\topen question (Szarvas et al. 2012, hypo_investigation)
    it is not clear\tquestion\t-\topen question (Szarvas et al. 2012, hypo_investigation)
    is not clear\tquestion\t-\topen question (Szarvas et al. 2012, hypo_investigation)
    wonder\tquestion\t-\topen question (Szarvas et al. 2012, hypo_investigation)
    wondered\tquestion\t-\topen question (Szarvas et al. 2012, hypo_investigation)
    wonders\tquestion\t-\topen question (Szarvas et al. 2012, hypo_investigation)
    # set phrases in which a cue word is no cue: the most that can be done, not a guess
    as possible\tcertainty\t-\tset phrase: as soon as possible (project)
    if possible\tcertainty\t-\tset phrase (project)
    where possible\tcertainty\t-\tset phrase (project)
    wherever possible\tcertainty\t-\tset phrase (project)
    whenever possible\tcertainty\t-\tset phrase (project)
    in the hope of\tcertainty\t-\tset phrase of purpose: did it in the hope of winning (project)
    in hopes of\tcertainty\t-\tset phrase of purpose (project)
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
