"""Words the place rules look for: prepositions, verbs and nouns that mark sites and names."""

# fmt: off
DIRECTIONS = {
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeast",
    "northwest", "northeastern", "northwestern", "occupied",
}

PLACE_PREPS = {
    "in", "at", "near", "outside", "inside", "into", "from", "to", "toward", "towards", "around",
}

AIMED_LEMMAS = {
    "capture", "seize", "take", "shell", "bomb", "strike", "attack", "enter", "besiege", "storm",
    "encircle", "liberate", "retake", "recapture", "occupy", "visit", "reach", "leave", "evacuate",
    "bombard", "hit", "raid", "surround", "defend", "control", "target", "overrun", "fall", "siege",
    "battle", "offensive", "assault", "shelling", "bombardment", "fight", "push", "advance", "withdraw",
    "flee", "abandon",
}

CALENDAR_WORDS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}

LOCATIVE_PREPS = {
    "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "along", "off",
}

TARGET_PREPS = {
    "on", "against", "into", "at", "in",
}

VISIT_PREPS = {
    "to", "in",
}

VISIT_LEMMAS = {
    "visit", "travel", "arrive", "fly", "go", "come", "tour", "trip", "journey", "head", "land", "return",
}

GATHERING_NOUNS = {
    "talk", "talks", "meeting", "summit", "conference", "negotiation", "negotiations", "discussion",
    "discussions", "session", "visit", "trip", "tour", "ceremony", "rally", "protest", "demonstration",
    "forum", "gathering", "consultation", "consultations", "interview", "briefing", "speech", "address",
    "round", "meet", "signing",
}

PLACE_NOUNS = {
    "region", "province", "city", "town", "village", "area", "district", "governorate", "oblast", "state",
    "capital", "port", "county", "municipality", "suburb", "suburbs", "outskirts", "neighbourhood",
    "neighborhood", "camp", "enclave", "strip", "territory", "coast", "north", "south", "east", "west",
    "centre", "center", "heart", "part", "parts", "areas", "regions", "towns", "villages", "cities",
}
# fmt: on
