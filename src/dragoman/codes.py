"""Codes shared by every stage: PLOVER event types, sectors, quad classes, and the CAMEO bridge.

The CAMEO root and Goldstein weight for each PLOVER type/mode come from one named table,
``PLOVER_TO_CAMEO``, so that exports (GDELT-style, ICEWS-style) and the API agree.
Goldstein weights follow the usual CAMEO root weights (Goldstein 1992 as used by GDELT 1.0).
"""

from __future__ import annotations

from enum import Enum, IntEnum


class EventType(str, Enum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class QuadClass(IntEnum):
    VERBAL_COOPERATION = 1
    MATERIAL_COOPERATION = 2
    VERBAL_CONFLICT = 3
    MATERIAL_CONFLICT = 4


class Sector(str, Enum):
    GOV = "GOV"  # government, executive, diplomats
    MIL = "MIL"  # armed forces
    COP = "COP"  # police, security services at home
    SPY = "SPY"  # intelligence services
    REB = "REB"  # rebels, insurgents, armed non-state groups
    OPP = "OPP"  # political opposition
    PTY = "PTY"  # political parties
    LEG = "LEG"  # legislature
    JUD = "JUD"  # judiciary
    CVL = "CVL"  # civilians, protesters
    MED = "MED"  # media
    BUS = "BUS"  # business
    NGO = "NGO"  # non-governmental organisations
    IGO = "IGO"  # intergovernmental organisations
    HLH = "HLH"  # health
    REF = "REF"  # refugees, displaced people
    EDU = "EDU"  # education
    REL = "REL"  # religious
    LAB = "LAB"  # labour, unions
    CRM = "CRM"  # criminals


# (CAMEO root code, Goldstein weight, quad class) per PLOVER type; a mode may refine the code.
PLOVER_TO_CAMEO: dict[EventType, tuple[str, float, QuadClass]] = {
    EventType.AGREE: ("03", 4.0, QuadClass.VERBAL_COOPERATION),
    EventType.CONSULT: ("04", 1.0, QuadClass.VERBAL_COOPERATION),
    EventType.SUPPORT: ("05", 3.5, QuadClass.VERBAL_COOPERATION),
    EventType.CONCEDE: ("08", 5.0, QuadClass.MATERIAL_COOPERATION),
    EventType.COOPERATE: ("06", 6.0, QuadClass.MATERIAL_COOPERATION),
    EventType.AID: ("07", 7.0, QuadClass.MATERIAL_COOPERATION),
    EventType.RETREAT: ("08", 5.0, QuadClass.MATERIAL_COOPERATION),
    EventType.REQUEST: ("10", -5.0, QuadClass.VERBAL_CONFLICT),
    EventType.ACCUSE: ("11", -2.0, QuadClass.VERBAL_CONFLICT),
    EventType.REJECT: ("12", -4.0, QuadClass.VERBAL_CONFLICT),
    EventType.THREATEN: ("13", -6.0, QuadClass.VERBAL_CONFLICT),
    EventType.PROTEST: ("14", -6.5, QuadClass.MATERIAL_CONFLICT),
    EventType.SANCTION: ("16", -4.0, QuadClass.MATERIAL_CONFLICT),
    EventType.MOBILIZE: ("15", -7.2, QuadClass.MATERIAL_CONFLICT),
    EventType.COERCE: ("17", -7.0, QuadClass.MATERIAL_CONFLICT),
    EventType.ASSAULT: ("18", -9.0, QuadClass.MATERIAL_CONFLICT),
}

# The modes of each type in the PLOVER codebook (AID has none); rules and models name only these.
PLOVER_MODES: dict[EventType, frozenset[str]] = {
    EventType.AGREE: frozenset(),
    EventType.CONSULT: frozenset({"multilateral", "phone", "third-party", "visit"}),
    EventType.SUPPORT: frozenset(),
    EventType.CONCEDE: frozenset(),
    EventType.COOPERATE: frozenset(),
    EventType.AID: frozenset(),
    EventType.RETREAT: frozenset({"access", "ceasefire", "disarm", "release", "resign", "return", "withdraw"}),
    EventType.REQUEST: frozenset({"assist", "change", "meet", "yield"}),
    EventType.ACCUSE: frozenset({"allege", "disapprove", "investigate"}),
    EventType.REJECT: frozenset({"assist", "change", "meet", "yield"}),
    EventType.THREATEN: frozenset({"arrest", "ban", "expel", "relations", "restrict", "rights", "territory", "violence"}),
    EventType.PROTEST: frozenset({"boycott", "demo", "hunger", "obstruct", "riot", "strike"}),
    EventType.SANCTION: frozenset({"convict", "discontinue", "expel", "withdraw"}),
    EventType.MOBILIZE: frozenset({"militia", "police", "troops", "weapons"}),
    EventType.COERCE: frozenset({"arrest", "ban", "censor", "curfew", "cyber", "deport", "misinformation", "restrict",
                                 "seize", "withhold"}),
    EventType.ASSAULT: frozenset({"abduct", "aerial", "assassinate", "beat", "cleansing", "crowd-control", "destroy",
                                  "drone", "execute", "explosives", "firearms", "heavy-weapons", "massacre",
                                  "primitive", "sexual", "suicide-attack", "torture", "unconventional"}),
}

# Modes whose CAMEO code is more specific than the root (PLOVER manual draft 0.8 table).
MODE_TO_CAMEO: dict[tuple[EventType, str], tuple[str, float]] = {
    (EventType.CONSULT, "phone"): ("041", 1.0),
    (EventType.CONSULT, "visit"): ("042", 1.9),
    (EventType.CONSULT, "third-party"): ("044", 2.5),
    (EventType.CONSULT, "multilateral"): ("045", 5.0),
    (EventType.RETREAT, "release"): ("0841", 7.0),
    (EventType.RETREAT, "ceasefire"): ("0871", 9.0),
    (EventType.ASSAULT, "abduct"): ("181", -9.0),
    (EventType.ASSAULT, "beat"): ("182", -9.5),
    (EventType.ASSAULT, "torture"): ("1822", -10.0),
    (EventType.ASSAULT, "execute"): ("1823", -10.0),
    (EventType.ASSAULT, "suicide-attack"): ("1831", -10.0),
    (EventType.ASSAULT, "explosives"): ("183", -10.0),
    (EventType.ASSAULT, "assassinate"): ("186", -10.0),
    (EventType.ASSAULT, "firearms"): ("193", -10.0),
    (EventType.ASSAULT, "heavy-weapons"): ("194", -10.0),
    (EventType.ASSAULT, "aerial"): ("195", -10.0),
    (EventType.ASSAULT, "drone"): ("195", -10.0),
    (EventType.ASSAULT, "massacre"): ("200", -10.0),
    (EventType.ASSAULT, "unconventional"): ("204", -10.0),
    (EventType.COERCE, "seize"): ("171", -9.2),
    (EventType.COERCE, "restrict"): ("172", -5.0),
    (EventType.COERCE, "ban"): ("1722", -5.0),
    (EventType.COERCE, "curfew"): ("1723", -5.0),
    (EventType.COERCE, "arrest"): ("173", -5.0),
    (EventType.COERCE, "deport"): ("174", -5.0),
    (EventType.REQUEST, "change"): ("1042", -5.0),
    (EventType.ACCUSE, "disapprove"): ("111", -2.0),
    (EventType.ACCUSE, "allege"): ("112", -2.0),
    (EventType.ACCUSE, "investigate"): ("090", -2.0),
    (EventType.SANCTION, "withdraw"): ("161", -4.0),
    (EventType.SANCTION, "discontinue"): ("162", -5.6),
    (EventType.SANCTION, "expel"): ("166", -5.0),
}


def cameo_for(event_type: EventType, mode: str | None) -> tuple[str, float, QuadClass]:
    """CAMEO code, Goldstein weight and quad class for a PLOVER type and mode.

    >>> cameo_for(EventType.CONSULT, "visit")[0]
    '042'
    """
    root, weight, quad = PLOVER_TO_CAMEO[event_type]
    if mode and (event_type, mode) in MODE_TO_CAMEO:
        code, weight = MODE_TO_CAMEO[(event_type, mode)]
        return code, weight, quad
    return root, weight, quad
