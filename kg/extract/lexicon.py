"""Word lists the extraction rules read: titles, role nouns, speech verbs, number words.

These are English words and phrases of political news, not names: the extractor
knows no person. Countries, organizations, parties and regions come from the
reference data instead.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.split("|") if w.strip())


# A reporter's roles, titles only in capitals (kg.extract.persons.finder)
REPORTER_TITLES = frozenset(("correspondent", "reporter", "anchor", "columnist", "commentator"))
# Titles written before a name. Keys are lower-case surface forms; values the
# normalised title stored on the role.

TITLES: dict[str, str] = {
    "mr": "",
    "mr.": "",
    "mrs": "",
    "mrs.": "",
    "ms": "",
    "ms.": "",
    "miss": "",
    "mx": "",
    "dr": "Dr.",
    "dr.": "Dr.",
    "sir": "Sir",
    "dame": "Dame",
    "lord": "Lord",
    "lady": "Lady",
    "sen": "Senator",
    "sen.": "Senator",
    "senator": "Senator",
    "rep": "Representative",
    "rep.": "Representative",
    "representative": "Representative",
    "congressman": "Representative",
    "congresswoman": "Representative",
    "gov": "Governor",
    "gov.": "Governor",
    "governor": "Governor",
    "president": "President",
    "vice president": "Vice President",
    "prime minister": "Prime Minister",
    "deputy prime minister": "Deputy Prime Minister",
    "foreign minister": "Foreign Minister",
    "deputy foreign minister": "Deputy Foreign Minister",
    "defence minister": "Defence Minister",
    "defense minister": "Defense Minister",
    "defense secretary": "Defense Secretary",
    "foreign secretary": "Foreign Secretary",
    "minister": "Minister",
    "chancellor": "Chancellor",
    "premier": "Premier",
    "secretary of state": "Secretary of State",
    "secretary": "Secretary",
    "secretary-general": "Secretary-General",
    "deputy secretary-general": "Deputy Secretary-General",
    "under-secretary-general": "Under-Secretary-General",
    "ambassador": "Ambassador",
    "amb.": "Ambassador",
    "deputy ambassador": "Deputy Ambassador",
    "envoy": "Envoy",
    "special envoy": "Special Envoy",
    # the UN's mandate holders and officials ("the Special Rapporteur on Eritrea")
    **{t: t.title() for t in ("special rapporteur", "rapporteur", "special representative")},
    **{t: t.title() for t in ("special coordinator", "independent expert", "high commissioner")},
    "high representative": "High Representative",
    **{t: t.title() for t in ("whip", "majority whip", "minority whip")},
    **{t: t.title() for t in ("majority leader", "minority leader")},
    "chargé d'affaires": "Chargé d'Affaires",
    "charge d'affaires": "Chargé d'Affaires",
    **{t: t.title() for t in ("national security adviser", "national security advisor", "adviser")},
    # a reporter's role before the name, in capitals ("Correspondent Ana Ruiz reports"; in
    # "BBC diplomatic correspondent Ana Ruiz" the role is the whole phrase)
    **{t: t.title() for t in REPORTER_TITLES},
    "king": "King",
    "queen": "Queen",
    "prince": "Prince",
    "crown prince": "Crown Prince",
    "princess": "Princess",
    "sheikh": "Sheikh",
    "emir": "Emir",
    "pope": "Pope",
    "cardinal": "Cardinal",
    "archbishop": "Archbishop",
    "bishop": "Bishop",
    "gen": "General",
    "gen.": "General",
    "general": "General",
    "adm": "Admiral",
    "adm.": "Admiral",
    "admiral": "Admiral",
    "col": "Colonel",
    "col.": "Colonel",
    "colonel": "Colonel",  # (not "Major": a surname too)
    "mayor": "Mayor",
    "judge": "Judge",
    "justice": "Justice",
    "speaker": "Speaker",
    "leader": "Leader",
    "chairman": "Chairman",
    "chairwoman": "Chairwoman",
    "chair": "Chair",
    "head": "Head",  # ("Secretariat Head Koike Akira")
    "commissioner": "Commissioner",
    "professor": "Professor",
    "prof": "Professor",
    "prof.": "Professor",
    "counsellor": "Counsellor",
    "counselor": "Counselor",
    "spokesman": "Spokesman",
    "spokeswoman": "Spokeswoman",
    "spokesperson": "Spokesperson",
    "lawmaker": "Lawmaker",
    "legislator": "Legislator",
    "journalist": "Journalist",
    "diplomat": "Diplomat",
    "analyst": "Analyst",
    "economist": "Economist",
    # heads of government and their deputies by their own country's word for the post
    "taoiseach": "Taoiseach",
    "tanaiste": "Tánaiste",
    "first minister": "First Minister",
    "vice premier": "Vice Premier",
    "vice-premier": "Vice Premier",
    "state councilor": "State Councilor",
    "state councillor": "State Councillor",
}
GENDER_OF_TITLE = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "lord": "m",
    "king": "m",
    "prince": "m",
    "crown prince": "m",
    "congressman": "m",
    "spokesman": "m",
    "chairman": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "queen": "f",
    "princess": "f",
    "congresswoman": "f",
    "spokeswoman": "f",
    "chairwoman": "f",
}
# Titles that are only honorifics: "Mr. Trump" names a person but states no role.
HONORIFICS = frozenset(
    {
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "mx",
        "dr",
        "dr.",
        "sir",
        "dame",
        "lord",
        "lady",
    }
)
TITLE_MODIFIERS = _words(
    "former|then|acting|deputy|interim|outgoing|incoming|late|retired|"
    "assistant|associate|senior|chief|vice|permanent|special|u.s.|us|un|u.n."
)

# Nouns that make a phrase a role ("the White House press secretary").
ROLE_HEADS = _words(
    "president|vice president|prime minister|minister|secretary|secretary-general|ambassador|"
    "envoy|representative|senator|congressman|congresswoman|lawmaker|legislator|mp|member|"
    "spokesman|spokeswoman|spokesperson|press secretary|adviser|advisor|diplomat|official|"
    "officer|director|chief|head|leader|chairman|chairwoman|chair|fellow|scholar|professor|"
    "analyst|researcher|expert|journalist|reporter|correspondent|editor|counsellor|counselor|"
    "commissioner|governor|mayor|king|queen|prince|princess|general|commander|negotiator|"
    "delegate|chancellor|premier|deputy|aide|consul|economist|lawyer|judge|activist|founder|"
    "executive|strategist|historian|author|columnist|candidate|nominee|minister of state|"
    "state secretary|undersecretary|under secretary|attaché|attache|emissary|monarch|"
    "dictator|ruler|president-elect|teacher|lecturer|student|campaigner|organizer|organiser|"
    "coordinator|manager|president's|ceo|staffer|whip|speaker|majority leader|minority leader|"
    "representative's|officials|ministers|leaders|director-general|secretary of state|"
    "permanent representative|deputy permanent representative|communications director|"
    "taoiseach|tanaiste|first minister|vice premier|state councilor|state councillor|"
    "charge d'affaires|chargé d'affaires|rapporteur|high commissioner"
)

# Verbs that introduce direct speech next to a quotation.
SPEECH_VERBS = _words(
    "said|says|say|told|tells|tell|added|adds|wrote|writes|write|stated|states|remarked|"
    "remarks|noted|notes|argued|argues|insisted|insists|declared|declares|asked|asks|"
    "explained|explains|warned|warns|continued|continues|replied|replies|responded|responds|"
    "posted|posts|tweeted|tweets|commented|comments|observed|observes|acknowledged|"
    "acknowledges|conceded|concedes|claimed|claims|asserted|asserts|contended|contends|"
    "emphasized|emphasised|emphasizes|emphasises|stressed|stresses|recalled|recalls|urged|"
    "urges|announced|announces|quipped|quips|testified|testifies|concluded|concludes|"
    "countered|counters|cautioned|cautions|predicted|predicts|complained|complains|boasted|"
    "boasts|joked|jokes|lamented|laments|maintained|maintains|answered|answers|began|begins|"
    "saying|adding|writing|telling|noting|arguing|insisting|warning|declaring|asking|"
    "explaining|stating|claiming|recalling|urging|announcing|continuing|concluding|"
    "shouted|exclaimed|whispered|admitted|admits|agreed|agrees|reiterated|reiterates|"
    "suggested|suggests|speculated|mused|pointed|went|goes|thundered|fumed|vowed|vows|"
    "indicated|indicates|promised|promises|pledged|pledges|announced|reported|reports|wondered|wonders|"
    "repeated|repeats|affirmed|affirms|confirmed|confirms|denied|denies|charged|charges|"
    "opined|proclaimed|proclaims|retorted|snapped|scoffed|sighed|smiled|laughed|read|reads|"
    "tweeted|messaged|texted|emailed|summed|summarized|summarised|put|"
    # the verbs of UN meetings coverage: "the representative of X underscored: '...'"
    "underscored|underscores|underlined|underlines|highlighted|highlights|reaffirmed|"
    "reaffirms|appealed|observed|observes|remarked|remarks|asserted|declared|"
    # reproach and protest
    "admonished|admonishes|chided|chides|protested|protests|objected|objects|pleaded|"
    "pleads|implored|implores|grumbled|grumbles|bristled"
)
# Verbs that take a quoted fragment inside narration ("called it a 'mistake'").
COMMUNICATION_VERBS = SPEECH_VERBS | _words(
    "called|calls|calling|described|describes|describing|labeled|labelled|labels|labeling|"
    "labelling|referred|refers|referring|dubbed|dubs|termed|terms|hailed|hails|hailing|"
    "praised|praises|praising|criticized|criticised|criticizes|criticises|denounced|"
    "denounces|condemned|condemns|slammed|slams|blasted|blasts|branded|brands|characterized|"
    "characterised|characterizes|welcomed|welcomes|welcoming|accused|accuses|"
    "warned|mocked|derided|dismissed|defended|defends|celebrated|touted|touts|cited|cites|"
    "quoted|insisted|argued|expressed|expresses|voiced|announced|promising|pledging|vowing|"
    "decried|decries|deplored|deplores|assailed|assails|lambasted|lambasts|excoriated|"
    "ridiculed|ridicules|castigated|castigates|decrying|deploring|denouncing|condemning|"
    "deemed|deems|terming|branding|dubbing|labelling|labeling|characterizing|characterising"
)
# Nouns that carry someone's words ("Okafor's warning that allies 'will remember this'").
SPEECH_NOUNS = _words(
    "warning|statement|remarks|remark|words|comment|comments|claim|assertion|description|"
    "call|view|argument|verdict|message|post|letter|speech|promise|pledge|line|phrase|"
    "characterization|characterisation|assessment|insistence|suggestion|complaint|boast|"
    "tweet|answer|reply|response|testimony|interview|criticism|praise"
)

ADVERBS_BEFORE_VERB = _words(
    "also|later|then|again|previously|once|further|simply|flatly|repeatedly|recently|"
    "quickly|bluntly|publicly|privately|earlier|separately|similarly|likewise|still|"
    "had|has|have|was|would|will|did|mistakenly|reportedly|angrily|sharply|"
    "openly|clearly|firmly|calmly|just|herself|himself|itself"
)

PRONOUNS = {"he": "m", "she": "f", "him": "m", "her": "f", "his": "m"}

# The days and months: "the First Committee on Thursday" names no "Committee on Thursday".
CALENDAR_WORDS = _words(
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    "may|june|july|august|september|october|november|december"
)

# Words a capitalised run of name-like words must not contain to be a person.
NOT_NAME_WORDS = _words(
    "the|a|an|and|or|but|of|in|on|at|to|for|from|by|with|as|if|it|its|this|that|these|those|"
    "he|she|they|we|i|you|his|her|their|our|my|your|who|what|when|where|why|how|which|while|"
    "after|before|since|until|during|under|over|about|against|between|into|through|"
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
    "may|june|july|august|september|october|november|december|today|yesterday|tomorrow|"
    "mr|mrs|ms|dr|sen|rep|gov|gen|sir|dame|lord|lady|president|minister|ambassador|senator|"
    "representative|secretary|chancellor|king|queen|prince|crown|sheikh|deputy|former|"
    "foreign|prime|vice|general|leader|speaker|chairman|chair|governor|mayor|judge|pope|"
    "north|south|east|west|northern|southern|eastern|western|central|new|old|great|united|"
    "republic|kingdom|states|state|nations|nation|union|federation|democratic|people|"
    "world|war|cold|peace|social|truth|first|second|third|fourth|fifth|last|next|annual|"
    "national|international|global|european|african|asian|arab|latin|atlantic|pacific|"
    "nordic|baltic|gulf|middle|western|eastern|european-drafted|security|council|assembly|"
    "department|office|ministry|committee|commission|house|senate|congress|parliament|"
    "government|administration|court|party|agency|mission|embassy|resolution|resolutions|"
    "draft|text|vote|votes|voting|amendment|amendments|article|chapter|section|opinion|live|"
    "interview|explainer|analysis|background|contact|update|updates|breaking|exclusive|"
    "comment|comments|editorial|review|report|reporting|editing|photo|video|watch|listen|"
    "read|more|related|share|follow|subscribe|sign|click|here|there|yes|no|not|all|some|"
    "many|most|several|few|one|two|three|four|five|six|seven|eight|nine|ten|eighteen|"
    "hundred|thousand|million|billion|critics|officials|diplomats|lawmakers|leaders|"
    "americans|europeans|democrats|republicans|allies|members|countries|delegates|god|"
    "thanks|welcome|good|morning|afternoon|evening|day|night|week|year|years|month|"
    "christmas|easter|ramadan|covid|internet|web|online|press|release|immediate|statement|"
    "q|a|over|under|within|without|across|toward|towards|upon|amid|despite|like|unlike|"
    "alliance|alliances|program|programme|fund|bank|times|post|"
    "news|wire|daily|weekly|journal|herald|tribune|gazette|radio|television|tv|network"
) | _words(
    "armed|appropriations|intelligence|judiciary|budget|oversight|ways|means|human|"
    "humanitarian|council's|committee's|majority|minority|whip|every|each|another|"
    # legislatures and seats of government named by their own word ("State Duma X")
    "duma|knesset|bundestag|bundesrat|rada|sejm|majlis|riksdag|storting|folketing|kremlin|"
    "cabinet|legislature|politburo|president-elect|vice-president|prime-minister"
)
# Heads of the names of documents, places and policy areas ("Outer Space Treaty", "Armed
# Services", "Human Rights Watch"): a capitalised run ending in one names no person.
THING_HEADS = _words(
    "treaty|treaties|convention|conventions|charter|protocol|accord|accords|agreement|"
    "declaration|code|act|covenant|statute|space|rights|affairs|services|relations|"
    "strait|sea|ocean|island|islands|peninsula|region|province|square|street|avenue|"
    "archipelago|gulf|canal|atoll|heights|strip|plateau|desert|"
    "building|headquarters|plaza|"
    # events ("the Srebrenica Genocide", "the Sabra Massacre")
    "genocide|massacre|holocaust|war|famine|earthquake|crisis|uprising|revolution"
)
NOT_NAME_WORDS |= THING_HEADS
# A ministry's portfolios, which a long title joins before the name ("Minister of Foreign
# Affairs and Trade X", "Minister for Europe and Foreign Affairs X")
NOT_NAME_WORDS |= _words(
    "trade|commerce|cooperation|co-operation|development|defence|defense|justice|finance|"
    "energy|industry|investment|tourism|culture|health|education|economy|interior|"
    "environment|commonwealth|integration|diaspora|worship|europe"
)

PARTICLES = _words(
    "bin|bint|ibn|al|el|de|da|di|del|della|der|den|van|von|la|le|du|dos|das|ben|ter|af|zu"
)
NAME_SUFFIXES = _words("jr|jr.|sr|sr.|ii|iii|iv")

# Organisation head nouns: a capitalised run ending in one names a body.
ORG_HEADS = _words(
    "center|centre|institute|institution|forum|observatory|foundation|council|committee|"
    "commission|department|ministry|office|agency|bank|fund|university|college|school|"
    "union|association|federation|organization|organisation|alliance|coalition|network|"
    "group|court|tribunal|parliament|assembly|congress|mission|embassy|service|times|post|"
    "news|wire|press|journal|herald|tribune|gazette|radio|television|company|corporation|"
    "inc|ltd|corp|club|league|board|authority|bureau|secretariat|programme|program|"
    "initiative|project|trust|society|academy|caucus|directorate|inspectorate|cabinet|"
    "party|movement|front|watch|international|partnership|dialogue|conference"
)
ORG_CONNECTORS = _words("of|for|on|and|the|de|in|to")

# Who is speaking for an organization without a name.
SPOKESPERSON_NOUNS = _words(
    "spokesman|spokeswoman|spokesperson|spokespeople|representative|"
    "official|officials|statement|source|sources"
)

# Unnamed speakers: their words are not attributed to anyone.
UNNAMED_SUBJECT_HEADS = _words(
    "diplomat|diplomats|official|officials|critics|critic|observers|analysts|sources|source|"
    "aides|aide|people|leaders|ministers|delegates|delegations|lawmakers|members|republicans|"
    "democrats|experts|residents|voters|someone|many|several|some|others|activists"
)

# Stance cues, negators and topic words: kg/extract/stance_lexicon.py


NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "none": 0,
    "nil": 0,
    "nothing": 0,  # ("passed ten to nothing")
    "nobody": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
