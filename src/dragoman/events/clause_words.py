"""Words for reading a trigger's clause: light verbs and verbs of travel that carry a nominal, verbs of
speech, failure and intent, and the words of praise and blame in reported judgements."""

from __future__ import annotations

# Verbs that carry an event nominal as their object: "held talks", "launched strikes", "tabled an offer".
LIGHT_VERBS = frozenset(
    ["hold", "have", "conduct", "launch", "carry", "stage", "make", "issue", "express", "voice", "impose", "announce", "sign", "reach", "deliver", "send", "give", "provide", "extend", "offer", "table", "submit", "present", "mount", "begin", "start", "continue", "resume", "step", "ramp", "intensify", "escalate", "expand", "renew", "pay", "lodge", "file", "open", "level", "raise", "put", "place", "slap", "unleash", "wage", "order", "approve", "unveil", "pledge", "seal", "broker", "strike", "conclude", "finalize", "finalise", "host", "join", "seek", "adopt", "set", "lead", "deploy", "dispatch", "airlift", "ship", "grant", "complete", "declare", "ratify", "fly", "perform"]
)

# Verbs of travel whose purpose phrase names the event: "travelled to Cairo for talks with X".
MOTION_VERBS = frozenset(["travel", "fly", "arrive", "come", "head", "go", "return", "visit"])

# Verbs that introduce what someone said; events in their complement belong to the complement.
SPEECH_VERBS = frozenset(
    ["say", "tell", "add", "state", "claim", "announce", "insist", "note", "argue", "write", "tweet", "post", "declare", "stress", "explain", "report", "suggest", "believe", "think", "allege", "assert", "affirm", "maintain", "reiterate", "remark", "comment", "confirm", "acknowledge", "admit", "emphasize", "emphasise", "underline", "point", "indicate"]
)

# Verbs whose complement did not happen: "refused to meet", "failed to agree".
FAILURE_VERBS = frozenset(["fail", "refuse", "decline", "reject", "deny", "avoid", "stop", "cease", "halt", "cancel", "abandon", "postpone"])
FAILURE_NOUN_PREDICATES = frozenset(["fail", "collapse", "stall", "falter", "founder", "break", "end"])

# Verbs whose complement is only intended: "plans to visit" (coded AGREE for cooperation, THREATEN for force).
INTENT_VERBS = frozenset(["plan", "intend", "aim", "seek", "want", "hope", "expect", "prepare", "consider", "mull", "weigh"])

# Markers of a demand on someone else in reported speech: "X has to", "X must".
DEONTIC_MARKERS = frozenset(["must", "should", "ought", "need", "have"])
PRAISE_WORDS = frozenset(
    ["defense", "defence", "defender", "hero", "heroes", "partner", "friend", "ally", "brother", "brothers", "liberation", "freedom", "resistance", "guarantor", "champion", "protector", "model", "success", "legitimate"]
)
BLAME_WORDS = frozenset(
    ["terrorist", "terrorists", "terror", "criminal", "criminals", "aggressor", "aggressors", "threat", "occupier", "occupiers", "murderer", "murderers", "killer", "killers", "war", "criminal", "enemy", "enemies", "dictator", "regime", "liar", "genocide", "apartheid", "responsible",
     "unacceptable", "shameful", "disgraceful", "disgrace", "illegal", "unlawful", "outrageous", "irresponsible",
     "reckless", "mistake", "betrayal", "provocation", "provocative", "appalling", "deplorable", "barbaric",
     "cowardly", "inhumane", "unconscionable", "scandalous", "hypocritical", "hypocrisy", "stain", "blunder"]
)

# Verbs that blame in the telling: "said the international community is shirking its responsibilities".
BLAME_VERBS = frozenset(
    ["shirk", "betray", "undermine", "violate", "flout", "sabotage", "obstruct", "neglect", "mislead",
     "deceive", "persecute", "oppress", "lie", "abandon", "ignore", "exploit"]
)

# Manners of acting that condemn the act: "he behaved shamefully".
BLAME_ADVERBS = frozenset(
    ["shamefully", "disgracefully", "irresponsibly", "recklessly", "illegally", "unlawfully", "cynically",
     "hypocritically", "callously", "treacherously", "dishonestly"]
)

# Nouns naming what an actor did ("Javid's decision was shameful"): the judgement is of the possessor.
ACT_NOUNS = frozenset(
    ["decision", "move", "policy", "policies", "action", "actions", "behaviour", "behavior", "conduct",
     "response", "handling", "treatment", "approach", "stance", "refusal", "failure", "silence"]
)
