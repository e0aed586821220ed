"""What an answer of each kind looks like: a date or time for "when", a price for "how much", a place
for "where", a reason for "why", steps for "how", a yes, a no or a refusal for yes/no questions, and an
acknowledgement that something is done or will be for a request."""

from __future__ import annotations

import re
from functools import lru_cache

# A clock time in a question and in an answer is a shared topic: "Can I get in at 6 am?" / "the gates open at 7 am".
CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b|\bnoon\b|\bmidday\b|\bmidnight\b", re.IGNORECASE)
DATE_OR_TIME = re.compile(
    r"(?<![£$€¥])\b(?:today|tonight|tomorrow|yesterday|(?:this|next|last) (?:week|weekend|month|year|morning|afternoon|evening)|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekends?|weekdays?|jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|christmas|easter|noon|midday|midnight|"
    r"morning|afternoon|evening|asap|end of (?:the )?(?:day|week|month)|within (?:\w+ ){0,2}(?:hours?|days?|weeks?|minutes?)|"
    r"in (?:\w+ ){0,2}(?:hours?|days?|weeks?|minutes?|months?)|(?:hours?|days?|weeks?|months?) (?:from|after|before)|"
    r"(?:by|before|until|till) (?:then|now)|right away|immediately|straight away|already|overnight|at night|any ?time|24/7|whenever|"
    r"(?:about |around |roughly )?(?:a|an|one|a couple of|a few) (?:day|days|week|weeks|fortnight|month|months|hour|hours)|"
    r"(?:being \w+ed|available|open) now|under way|"
    r"(?:19|20)\d\d|\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m|p\.m)|\d{1,2}[:.]\d{2}|\d{1,2}(?:st|nd|rd|th)|\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?|"
    r"open(?:s|ing)? (?:from|until|till|at)|closed|(?:\d+|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|thirty|forty|fifty) "
    r"(?:working |business )?(?:days?|weeks?|hours?|minutes?|months?|years?|seasons?|terms?|nights?))\b",
    re.IGNORECASE,
)
# A day or a date, not a length of time: "on Thursday 7 January", "before the 15th", "by the end of the month".
A_DAY = re.compile(
    r"\b(?:today|tonight|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}(?:st|nd|rd|th)?(?= (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}\b|\d{1,2}(?::\d\d)?\s?[ap]\.?m\b|(?:this|next) week\b|end of (?:the )?(?:day|week|month)|"
    r"\d{1,2}(?:st|nd|rd|th)\b|(?:by|before|for|at|over|after|until|till|on) (?:the )?(?:christmas|easter)\b(?! (?:orders?|rush|period|season|menu|party|parties)\b))",
    re.IGNORECASE,
)
# An amount of money: a currency sign or code before the figure ("$145", "£ 20", "₹68,000", "KSh 3,800",
# "R285" for rand), or a currency named after it ("1,500 rupees", "40 USD").
_CODES = r"usd|gbp|eur|aud|cad|nzd|sgd|hkd|inr|ngn|kes|zar|chf|jpy|cny|aed|myr|php"
_CURRENCY_BEFORE = rf"(?:[$£€¥₹₦₱₩₺₪₫฿₽₴₵]|\b(?:{_CODES}|ksh|rs\.?|(?-i:RM|K)(?=\s?\d)|(?-i:P)(?=\s?\d{{1,3}}(?:,\d{{3}})+\b|\s?\d{{3,}})|R(?=\s?\d{{2,}}|\d,\d)))\s?"
MONEY = (
    rf"{_CURRENCY_BEFORE}\d"
    rf"|\d+(?:[.,]\d+)*\s?(?:dollars?|pounds?|euros?|{_CODES}|rupees?|rand|naira|shillings?|yen|yuan|francs?|dirhams?|ringgits?|pesos?|p\b(?!\.m)|cents?|pence)\b"
)
# The figure of a sum written with its currency first, to compare sums: "$287.40", "KSh 6,500".
SUM = re.compile(rf"{_CURRENCY_BEFORE}(?P<figure>\d[\d,]*(?:\.\d\d)?)", re.IGNORECASE)
# A price, "free" or a charge said to exist ("I'm free on Tuesday" is a time the writer can come, not a price).
PRICE = re.compile(
    rf"{MONEY}|"
    r"\b\d+(?:\.\d+)?\s?%|(?<!\bI'm )(?<!\bI am )(?<!\bwe're )(?<!\bwe are )(?<!\bI'd be )(?<!\bwe'd be )(?<!\bI'll be )(?<!\bwe'll be )\bfree\b|\bno (?:extra )?(?:charge|cost|fee)|"
    # "costs £5", "doesn't cost anything", "the cost is", "charged at cost" (not "our rising costs")
    r"\bcosts? (?=[£$€\d]|about\b|around\b|roughly\b|just\b|only\b|nothing\b|anything\b|extra\b|(?:more|less)\b(?! than\b)|the same\b|an? \w+ (?:of|per)\b)|"
    r"\b(?:(?:the|its|their|total|full) costs? (?:is|was|will be|would be)|priced? at|charged at|at cost|comes to|(?:charge|fee) (?:is|of)(?! (?:adjusted|deducted|credited|added|applied|set|taken|due|refundable|non-refundable)\b))\b|\bat no (?:extra )?cost|(?<!n't )(?<!not )\bincluded\b|\bcomplimentary\b|"
    r"\b(?:payable|chargeable|free of charge|pay no|pay nothing|nothing to pay|(?:won't|will not|wouldn't|not) be charged)\b|"
    # a charge said to exist: "There is a charge", "They do charge an entrance fee"
    r"\bthere(?: is|'s| will be) (?:a|an) (?:small |\w+ )?(?:charge|fee)\b|\b(?:do|does|will) charge\b",
    re.IGNORECASE,
)
PLACE = re.compile(
    r"\b(?:at|in|on|near|behind|opposite|next to|inside|outside|upstairs|downstairs|online|via|from|out of)\b\s+(?:the |our |your )?"
    # a day or an hour is no place: "ready for you on Wednesday at 11 AM"
    r"(?!(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d|\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|"
    r"(?:morning|afternoon|evening|weekend|time|advance|touch)s?\b)\S"
    r"|\bhttps?://|\bwww\.|\b\d+\s+(?:\w+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|way|place|square|plaza)\b"
    r"|\b(?:reception|front desk|counter|car park|website|app|portal|address|located|location is|station|airport|terminal|destination)\b",
    re.IGNORECASE,
)
# "22 works great", "Tuesday would work fine"
WORKS_FOR_US = r"(?:works?|would work|will work) (?:great|fine|perfectly|well|nicely|for us)"
# Acceptance or refusal as a predicate: "Rabbits are very welcome", "Raspberry is fine too", "Halos are a
# common part of healing".
ACCEPTED = (
    r"(?:(?:is|are|'s|'re)(?: not| very| more than| always| also| absolutely| perfectly| quite| completely| still| a| an)* "
    r"(?:welcome|fine|ok|okay|allowed|permitted|possible|available|no problem|safe|covered|common|normal|usual|typical|expected)"
    rf"|{WORKS_FOR_US})"
)
POLAR = re.compile(
    r"\b(?:yes|yep|yeah|no|nope|sure|of course|absolutely|certainly|definitely|indeed|unfortunately|afraid|sadly|never|always|"
    r"we (?:do|don't|can|can't|cannot|are|aren't|will|won't|have|haven't|offer|accept|allow|open|close)|"
    r"you (?:can|can't|cannot|will|won't|do|don't|need|needn't|don't need|'ll need|are|aren't)|"
    r"(?:it|this|that|they|he|she)(?:'s| is| isn't|'s not| does| doesn't| will| won't| can| can't| has| hasn't| are| aren't)|"
    r"there(?:'s| is| isn't| are| aren't| will be| won't be)|(?:isn't|aren't|won't|can't|doesn't|don't|wasn't|weren't)\b|"
    r"(?:we're|we've|you're|you've|they're|I'm|we'll|you'll|it'll|I'll)\b|I (?:can|can't|cannot|will|won't|do|don't)\b|"
    r"not (?:possible|available|able)|unable|happy to|that's fine|that's no problem|no problem|not a problem|"
    r"no need|needn't|not necessary|necessary|required|optional|welcome to|"
    # acceptance or refusal as a predicate: "Rabbits are very welcome", "Raspberry is fine too"
    rf"{ACCEPTED})\b"
    # An instruction answers "Do I need to bring him?": "Please bring him with you."
    r"|(?:^\s*|\band |, |; |: )(?:please|just|simply)\s+(?!let|feel|don't hesitate|contact|get in touch|call|ring|email|note)\w+",
    re.IGNORECASE,
)
# A yes or a no said without the question's words: an opening yes or no, an acceptance, a refusal or
# an instruction ("Late check-in is no problem", "Just wear comfortable clothes").
STANCE = re.compile(
    r"^\s*(?:yes|yep|yeah|no|nope|of course|absolutely|certainly|sure|definitely|sadly not|I'm afraid not|unfortunately not)\b|"
    r"\b(?:no problem|not a problem|that's fine|happy to|unfortunately|I'm afraid|we're afraid|sadly|not possible|no need|needn't|"
    r"we (?:do|don't|can|can't|cannot|will|won't)|you (?:can|can't|cannot|won't|don't need|needn't)|"
    rf"{ACCEPTED}|"
    r"(?:is|are|'s|'re) (?:\w+ )?(?:and )?(?:ready|waiting for you)|(?:is|are|'s|'re)(?: not)?(?: well| really| definitely| certainly)? worth\b|"
    r"(?:glad|delighted|pleased) to)\b|"
    r"^\s*(?:please|just|simply)\s+(?!let|feel|don't hesitate|contact|get in touch|call|ring|email|note|to\b|so\b|a\b|wanted|thought)\w+",
    re.IGNORECASE,
)
# Praise or salesmanship about the topic, which a reply uses when it has nothing specific to say.
PRAISE = re.compile(
    r"\b(?:(?:one of )?our (?:most|best|very)|(?:most|very|really|so|hugely|incredibly) (?:popular|loved|busy|exciting)|"
    r"favourite|favorite|beautiful|wonderful|lovely|amazing|fantastic|exciting|brilliant|great (?:choice|time|way|value)|"
    r"pride ourselves|proud|competitive|second to none|world-class|high[- ]quality|love (?:it|them|this|that|having|playing|working|seeing|hearing|helping|welcoming|meeting)|"
    r"(?:people|customers|clients|guests|everyone|students|kids|children) (?:love|adore|enjoy)|always (?:a|very) |a (?:real )?treat\b)",
    re.IGNORECASE,
)
YES_NO_OPENING = re.compile(
    r"^\s*(?:yes|yep|yeah|no(?! problem| worries| trouble)|nope|of course|absolutely|certainly|sadly not|I'm afraid not|unfortunately not|not yet)\b|"
    # a bare auxiliary is a yes or a no: "We do!", "We sure are – …", "They don't, I'm afraid."
    r"^\s*(?:we|they|it|you|I|he|she)(?: certainly| definitely| absolutely| sure)? (?:do|don't|can|can't|cannot|will|won't|are|aren't|is|isn't|does|doesn't|have|haven't)(?=\s*[!.,;:–—-])",
    re.IGNORECASE,
)
REFUSED = re.compile(r"\b(?:unfortunately|afraid|unable|can't|cannot|won't be able|not able)\b", re.IGNORECASE)
ACKNOWLEDGED = re.compile(r"\b(?:yes|of course|certainly|absolutely|sure|definitely|gladly)\b", re.IGNORECASE)
NEGATIVE = re.compile(r"n't\b|\bnot\b|\bno\b|\bnever\b|\bunfortunately\b|\bafraid\b|\bunable\b|\bcannot\b|\bsadly\b", re.IGNORECASE)
# A price that is not given: "What it comes to depends on how many windows there are".
PRICE_DODGE = re.compile(r"\bdepends? on\b|\bvar(?:y|ies) (?:with|by|depending)\b|\bvery competitive\b|\btailored\b", re.IGNORECASE)
# An amount of money written with its currency sign: "$145", "£ 20".
AMOUNT = re.compile(MONEY, re.IGNORECASE)
# Who pays, said with a payer ("we'll cover it", "we can't cover loss of earnings"), or only that it costs nothing.
PAYS = re.compile(
    r"\b(?:we|I|you|they|he|she|the \w+|our \w+|your \w+)(?:'ll|'d| will| would| can| can't| cannot| won't| must| need to| have to| has to| do| does| don't)? (?:pay|pays|cover|covers|foot|reimburse|refund)\b",
    re.IGNORECASE,
)
PAYER = re.compile(
    r"\bon us\b|\bat (?:our|your|their) (?:own )?(?:cost|expense)\b|\bfree of charge\b|\bno (?:extra )?(?:charge|cost)\b|\bcovered\b|\bpaid (?:for )?by\b",
    re.IGNORECASE,
)
# How dear something is, which answers a question about how dear: "Are the prices cheap?" / "It's pricey".
PRICE_LEVEL = re.compile(
    r"\b(?:cheap|cheaper|inexpensive|expensive|pricey|pricy|moderate(?:ly)?(?:[- ]priced)?|high[- ]end|upmarket|budget|low[- ]cost)\b",
    re.IGNORECASE,
)
ASKS_A_LEVEL = re.compile(
    r"\b(?:cheap|inexpensive|expensive|pricey|pricy|price range|priced|costly|high[- ]end|upmarket|how (?:is|are) (?:the |your |their )?prices?)\b",
    re.IGNORECASE,
)
QUANTITY = re.compile(r"\b(?:\d+(?:\.\d+)?(?:kg|g|lbs?|l|ml|m|cm|mm|ft|pcs?|x)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|several|single|unlimited|no limit|no minimum|no maximum|up to)\b", re.IGNORECASE)
INFORMATION = re.compile(r"\d|https?://|www\.|@|\b[a-z0-9-]+\.(?:com|co\.uk|org|org\.uk|net|io|example(?:\.[a-z.]+)?)(?:/\S*)?", re.IGNORECASE)
HOW = re.compile(
    r"\b(?:step|steps|go to|click|tap|select|open|press|follow|you can|you'll need to|you need to|simply|first|then|"
    r"by (?:\w+ing)|to do (?:this|that|so)|instructions|guide|link|here's how|the way to|"
    # directions: "How do I get to you from the station?" / "turn left up Mill Road"
    r"turn (?:left|right)|(?:\w+-minute|minutes?') (?:walk|drive|ride)|follow the signs|opposite|next to|just (?:past|behind|after)|"
    r"the (?:easiest|best|quickest|simplest|cheapest|usual) way\b|(?:they|he|she) can (?:book|pay|order|apply|register|collect|reach)\b|"  # "From Nairobi, the easiest way is a short flight"
    # a form or a page to use: "To book, just fill in the form at whiskerwood.example.co.uk/book"
    r"fill (?:in|out)|(?:the|our|your) (?:\w+ )?form|sign up|register|log in|(?:in|from) your (?:\w+ )?account|(?:online|on our website) at|"
    r"just (?:reply|send|email|call|ring|fill|click|log|bring|drop|pop|book))\b|^\s*\d+[.)]|"
    # an instruction: "Look along the seams…", "Before we come, wash all bedding…"
    r"(?:^\W*|, )(?:please |just |simply )?(?:look|check|wash|open|go to|click|tap|select|press|log in|sign in|fill in|send|call|bring|remove|turn|switch|unplug|restart|reset|visit|download|install|enter|scan|reply|add|upload|email|text|use)\b|"
    r"\b[a-z0-9-]+\.(?:com|co\.uk|org|net|io|example(?:\.[a-z.]+)?)/|"
    # a way to reach someone is a number, an address or a link: "How can I contact them?" / "Call 0161 496 0123"
    r"https?://|www\.|\w@\w|\+?\d[\d ()-]{7,}\d",
    re.IGNORECASE | re.MULTILINE,
)
# A cause owned or told as what happened: "which is entirely my mistake", "our engineer was away that
# week", "the engraver had a backlog".
CAUSE_ADMITTED = (
    r"(?:my|our) (?:own )?(?:mistake|fault|error|oversight)|"
    r"(?:is|are|was|were|has been|had been) (?:away|off sick|ill|taken ill|on (?:\w+ )?leave|short-staffed|short of staff|unavailable|overbooked|double-booked)|"
    r"(?:didn't|did not) have (?:a|an|any|enough) (?:\w+ )?(?:cover|substitute|staff|replacement)|"
    r"(?:failed|forgot|neglected) to|"
    r"(?:had|have had|has had) (?:a |an )?(?:\w+ )?(?:backlog|breakdown|outage|shortage)"
)
WHY = re.compile(
    r"\b(?:because|since|(?<!\bsoon )(?<!\blong )(?<!\bfar )(?<!\bmuch )(?<!\bsuch )as(?! (?:\w+ ){1,2}as\b| possible| well| soon| a (?:gesture|thank|goodwill|one-off))|due to|the reason|caused by|(?:is|'s) why|owing to|so that|this happened|this was|"
    r"(?:was|is|were) (?:\w+ )?(?:a |an |our |my )?(?:\w+ )?(?:error|mistake|fault|oversight|glitch|mix-up)|"
    rf"{CAUSE_ADMITTED}|"
    r"to (?:protect|prevent|avoid|keep|allow|make sure|ensure|comply|stop|cut|reduce|save|lower|bring down|meet)\b|"
    r"in error|by mistake|after a (?:\w+ )?(?:fault|error|glitch|outage|failure)|(?:is|'s) (?:\w+ ){0,2}what (?:happened|caused)|"
    r"(?:running|ran|was|were) (?:very |really )?late|took (?:far |much |a lot )?longer than|(?:was|were) (?:delayed|held up) by|because of|"
    r"(?:is|was|are|were) for|to cover|covers?|covered|requires?|required|meant|means|accounts? for|reflects?|"
    r"(?:is|was) down to|comes? from|results? from|so(?! far| much| many| long| soon| quickly| sorry)\b|"
    # a rise told by who made it: "Our lens supplier raised the price", "energy costs have gone up"
    r"(?:raised|increased|put up|went up|gone up|rose|risen) (?:the |our |their |its |his |her )?(?:\w+ )?(?:prices?|costs?|rates?|fees?|charges?|rents?|premiums?|tariffs?|wages?|bills?)|"
    r"(?:prices?|costs?|rates?|fees?|charges?|rents?|premiums?|tariffs?|wages?|bills?) (?:have |has )?(?:risen|rose|gone up|went up|increased))\b",
    re.IGNORECASE,
)
DONE = re.compile(
    r"\b(?:I've|I have|we've|we have|I|we|it's|it has|this has|that's|that has|has been|have been|is now|are now|'s been)\s+"
    r"(?:just |now |already |gone ahead and |\w+ly )?(?:sent|resent|attached|cancelled|canceled|refunded|updated|changed|processed|arranged|booked|"
    r"rebooked|forwarded|added|removed|deleted|fixed|issued|reset|unlocked|extended|upgraded|switched|moved|rescheduled|"
    r"confirmed|credited|reversed|waived|applied|set up|sorted|done|completed|passed|asked|raised|logged|escalated|"
    r"reserved|held|replaced|shipped|dispatched|posted|emailed|called|checked|looked into|corrected|amended|noted|"
    r"set|put|made|marked|flagged|registered|signed|transferred|renewed|restored|activated|paused|returned|shared|uploaded|"
    r"saved|ordered|requested|scheduled|allocated|assigned|included|listed|enrolled|entered|recorded|adjusted|refilled|hidden)\b"
    r"|\b(?:attached|enclosed|here is|here's|here are|please find|you'll find|below is|done)\b"
    r"|\b(?:I've|we've|I have|we have) (?:just |now |already |also )?(?!been\b|had\b|received\b|noticed\b|seen\b|heard\b)\w+ed\b"
    r"|\b(?:is|are|has been|have been) (?:now |all )?(?:confirmed|booked|done|complete|completed|sorted|scheduled|reserved|"
    r"cancelled|canceled|processed|arranged|on (?:its|their) way)\b"
    r"|\b(?:went|has gone|have gone|is going|are going|goes) out (?:to you|today|this (?:morning|afternoon|evening)|yesterday|tomorrow|by|with|first)\b"
    r"|\b(?:has|have) agreed to\b"
    r"|\b(?:shipped|dispatched|posted|left (?:us|the warehouse))\s+(?:this (?:morning|afternoon)|today|yesterday|earlier today|last night)\b"  # "A new jug shipped this morning"
    r"|\b(?:I'll|I will|we'll|we will|I'm going to|we're going to|I can|we can|I'd be happy to|we'd be happy to|happy to|glad to|delighted to|pleased to)\s+(?:\w+\s+)?\w+"
    r"|\b(?:will|'ll) (?:\w+ly )?(?:collect|send|call|ring|deliver|visit|come|contact|email|post|arrange|refund|replace|repair|fix|"
    r"book|cancel|process|issue|review|check|look|meet|pick|drop|bring|fit|install|update|confirm|reply)\b"
    r"|\b(?:no problem|will do|gladly|I'd recommend|we'd recommend|I recommend|we recommend|all set|all sorted|all done)\b"
    r"|\b(?:(?:is|was|has been|went through) successful|successfully)\b"
    r"|\b(?:unfortunately|afraid|unable|can't|cannot|won't be able)\b",
    re.IGNORECASE,
)
# Done by the writer, not reported of something else: "I've added a bag of apples to her box this Thursday".
# The thing asked for, promised to the reader: "you will have a full refund", "you'll get a new one".
PROMISED = re.compile(r"\byou(?:'ll| will)(?: also)? (?:have|get|receive|be sent|be given) (?:a|an|the|your|it|them|back)\b", re.IGNORECASE)
DONE_BY_US = re.compile(r"\b(?:I|we)(?:'ve| have)? (?:just |now |already |also )?(?!been\b)\w+ed\b", re.IGNORECASE)
# A document sent by the writer: "I've attached a scan of her notes".
SENT_BY_US = re.compile(r"\b(?:I|we)(?:'ve| have)? (?:just |now |also )?(?:attached|sent|emailed|forwarded|enclosed)\b|\b(?:attached|enclosed) (?:is|are)\b", re.IGNORECASE)
# An undated hand-off is not the thing done: "I'll pass your note about the TAs on to our team".
HANDOFF = re.compile(
    r"\b(?:(?:I|we)(?:'ll| will|'ve| have| am| are|'m|'re)? (?:also |now |just )?)?"
    r"(?:pass(?:ed|ing)? (?:\w+ ){0,6}(?:on|along|over) to|(?:raise|raised|flag|flagged) (?:it|this|that|your \w+) with|look(?:ing)? into|"
    r"(?:be|get) in touch|get back to you|come back to you|(?:let|keep) you (?:know|posted|updated)|follow(?:ing)? up|(?:be )?review(?:ing)?|"
    r"ask (?:\w+ ){1,2}to|ask (?:the|our|my) (?:\w+ )?\w+ (?:about|whether|if)|check (?:the|my|our) (?:calendar|diary|schedule|rota))\b",
    re.IGNORECASE,
)
# The dates promised for later instead of given: "We'll publish the 2027 course dates in the new year",
# "we'll confirm the times nearer the day".
# A start hung on something else, with no day: "as soon as it comes through we'll bottle them".
UPON_A_CONDITION = re.compile(
    r"\bas soon as (?:it|they|we|the|that|this|those|these|he|she|I) \w+(?![^.;!?]*(?:\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|tomorrow|tonight)\b))",
    re.IGNORECASE,
)
# Advice to hurry gives no day: "we always recommend ordering early", "February fills up quickly, so I'd book soon".
HURRY = re.compile(
    r"\b(?:book|order|reserv|sign(?:ing)? up|get in)\w*\s+(?:\w+\s+)?(?:early|soon|quickly|asap|in good time|sooner rather than later)\b"
    r"(?![^.;!?]*(?:\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))",
    re.IGNORECASE,
)
DATES_TO_FOLLOW = re.compile(
    r"(?<!\byou )(?<!\bcan )(?<!\bcould )(?<!\bplease )\b(?:publish|announce|release|post|share|confirm|send (?:you|out)|let you know)\b(?: \w+){0,4} (?:dates?|times?|schedule|timetable)\b",
    re.IGNORECASE,
)


def done(sentence: str) -> re.Match | None:
    """The thing asked done, promised or refused in ``sentence``, leaving out an undated hand-off: "We'll
    be in touch very soon" does nothing asked; "We'll be in touch on Friday with the quote" does."""
    return DONE.search(sentence if DATE_OR_TIME.search(sentence) else HANDOFF.sub(" ", sentence))


# What is needed, said to the reader: "You'll need data roaming switched on", "There's no need to".
NEEDED = re.compile(
    r"\byou(?:'ll| will| would)? (?:need|have to|must|should|don't need|do not need|won't need|needn't)\b|\bno need\b|"
    r"\b(?:is|isn't|are|aren't) (?:not )?(?:needed|required|necessary)\b|\bnothing (?:needs|is needed|has to)\b",
    re.IGNORECASE,
)
# An age: "from age 6", "aged 8 and over", "over-16s", "6+".
AGE = re.compile(r"\b(?:age[sd]?|(?:days?|weeks?|months?|years?) old|\d+\s?\+|over-\d+s?|under-\d+s?|\d+s? and (?:up|over|under)|from \d+)\b", re.IGNORECASE)
# An apology or a failure: "Sorry, the reservation could not be placed."
FAILURE = re.compile(
    r"\b(?:sorry|apologi[sz]e|unfortunately|unable|couldn't|could not|can't|cannot|wasn't able|was not able|won't be able|"
    r"failed|went wrong|error)\b",
    re.IGNORECASE,
)
# A plain no: "No, I'm sorry, they don't.", "Unfortunately, it doesn't have either.", "there is no patio".
NEGATIVE_ANSWER = re.compile(r"^\W*no\b|\b(?:doesn't|don't|isn't|aren't|there(?:'s| is| are) no)\b", re.IGNORECASE)
# A time said of the future, as a one-off event's answer needs.
# The start of a time after "by", "from", "before"…: "by Friday", "from the end of May", "within 3 days".
_A_TIME_FOLLOWS = (
    r"(?:now|then|tomorrow|tonight|christmas|new year|noon|midday|(?:the )?(?:end|start|middle) of|next|this|early|mid|late|\d|"
    # a day or month, whole or cut short ("by Sat", "by 3 Feb"), not a word that starts like one ("by satellite", "by market")
    r"(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|jan(?:uary)?\b|feb(?:ruary)?\b|mar(?:ch)?\b|apr(?:il)?\b|"
    r"may\b|june?\b|july?\b|aug(?:ust)?\b|sept?(?:ember)?\b|oct(?:ober)?\b|nov(?:ember)?\b|dec(?:ember)?\b)"
)
FUTURE = re.compile(
    r"\b(?:will|'ll|shall|expect(?:ed|s)?|due|going to|can|until|till|within|tomorrow|today|tonight|next)\b|\b(?:should|could)\b(?! have\b)|\d|"
    # "by" or "from" with a date after it, not "held up by the backlog" or "the dropouts come from the new access points"
    rf"\b(?:by|from) {_A_TIME_FOLLOWS}",
    re.IGNORECASE,
)
# A deadline: "by the end of next week", "within 3 days", not "run by Colin".
DEADLINE = re.compile(rf"\b(?:by|within|until|till|before) (?:the )?{_A_TIME_FOLLOWS}", re.IGNORECASE)
# Where a state ends: "valid until the 31st", "closed from Monday to Thursday".
UNTIL = re.compile(rf"\b(?:until|till|til|through|to|into) (?:the )?{_A_TIME_FOLLOWS}|\bfrom \w+ (?:\w+ )?(?:to|until|till) \w", re.IGNORECASE)
ONE_OFF = re.compile(r"\b(?:when|how soon)\b.*\b(?:will|would|can|could|'ll)\b", re.IGNORECASE)
HABIT = re.compile(r"\b(?:every|each)(?: other)? \w+|\b(?:once|twice|\w+ times) an? \w+", re.IGNORECASE)
# How often: "every four weeks", "twice a year", "fortnightly".
FREQUENCY = re.compile(
    r"\b(?:every(?: other)? (?:\w+ )?(?:days?|weeks?|months?|years?|visits?|mornings?|evenings?|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)|"
    r"(?:once|twice|\w+ times) (?:a|an|per|every) \w+|daily|weekly|fortnightly|monthly|quarterly|annually|yearly|never)\b|"
    r"(?:n't|\bnot) (?:\w+ ){0,4}at all\b",  # "you shouldn't need to water it at all"
    re.IGNORECASE,
)
# A limit on a number: "for up to 12 climbers", "a maximum of 30".
CAPACITY = re.compile(
    r"\b(?:up to|maximum of|max(?:imum)?\.? (?:of )?|no more than|at most|minimum of|at least|capped at|limited to|starts? (?:at|from)) "
    r"(?:\d+|[$£€]\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|a hundred)\b|\bno limit\b|\bunlimited\b|\bas many as you (?:like|want)\b",
    re.IGNORECASE,
)
# What is needed, given: "All we need is a photo of your receipt", "we'd need the last three years of accounts".
NEED_GIVEN = re.compile(
    r"\b(?:all (?:we|I|you)(?:'ll| will)? (?:need|require)|(?:we|I|you)(?:'ll| will|'d| would)? (?:just |only |also )?(?:need|require)(?! to)\b|"
    r"(?:please|just) (?:send|bring|provide|upload|attach)\b)",
    re.IGNORECASE,
)
# A length of time: "about a week", "up to 24 hours", "three working days", "same-day".
DURATION = re.compile(
    # "a night" only after a word of length ("about a week", "takes an hour"), not as a rate ("£150 a night")
    r"(?<![£$€.,])\b(?:\d+(?:\.\d+)?(?:[-–]\d+)?|(?<=about )an?|(?<=around )an?|(?<=within )an?|(?<=takes )an?|(?<=take )an?|(?<=for )an?|(?<=under )an?|"
    r"(?<=lasts )an?|(?<=last )an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|forty|fifty|sixty|ninety|"
    r"a few|a couple of|several)(?: and an? (?:half|quarter))?(?: (?!an?\b|per\b)\w+)? "  # "two and a half weeks"
    r"(?:minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|fortnight)\b|\bhalf an? (?:hour|day|morning|afternoon)\b|\bhalf[- ]day\b|\bsame[- ]day\b|\bovernight\b",
    re.IGNORECASE,
)
# A recommendation given: "I'd suggest The Cartographer's Daughter".
RECOMMENDED = re.compile(
    r"\b(?:I|we)(?:'d| would)? (?:(?:definitely|really|strongly) )?(?:suggest|recommend|go for|point you to)\b|\bmy (?:pick|recommendation|suggestion|advice)\b|\byou (?:could|might|can) try\b|"
    r"\b(?:is|are) what (?:we|I) (?:use|recommend|suggest|stock)\b|\b(?:usually|always|often) works? (?:best|well|beautifully|nicely)\b|\bworks best\b",  # "a dark gold frame usually works beautifully"
    re.IGNORECASE,
)
ASKS_A_RECOMMENDATION = re.compile(r"\b(?:recommend|suggest|advise|advice|what would you (?:go for|choose|pick))\b", re.IGNORECASE)
# Where a parcel is on its way: a status question's answer.
IN_TRANSIT = re.compile(
    r"\b(?:depot|warehouse|sorting (?:office|centre|center)|post office|in transit|on (?:its|their) way|out for delivery|"
    r"with (?:the )?(?:courier|carrier|driver|post)|held up|(?:in|at|with|through) customs|"
    # where a refund is: "$74.00 went back to the Visa card you paid with yesterday"
    r"(?:went|gone|go|goes|sent) back to (?:the|your)|back to your (?:card|account|bank)|refunded|credited|processed)\b",
    re.IGNORECASE,
)
# A date or time promised: "The engineer will be with you tomorrow between 8 and 10 am".
DATED_PROMISE = re.compile(
    rf"^(?=.*(?:{DATE_OR_TIME.pattern}))(?=.*\b(?:will|'ll|shall|expect|due|ready|arrive|by|booked (?:for|in)|scheduled|set for|confirmed for|can(?!['’]t\b| not\b)|takes?|within)\b)",
    re.IGNORECASE | re.DOTALL,
)
# A wish answers nothing, whatever date it names: "Merry Christmas from all of us!", "Have a lovely weekend".
WISH = re.compile(
    r"\W*(?:merry|happy(?! to\b)|season's greetings|wishing you|have a (?:\w+ )?(?:great|lovely|nice|good|wonderful|safe|happy|relaxing)|enjoy (?:the|your)|"
    r"congratulations|hope (?:you|all|everything|this|it)|best wishes)\b",
    re.IGNORECASE,
)
# A name in a sentence, past its first word: "Union Station", "Agnès Varda".
NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][\w'’&-]+")
# A detail given about what a short question named: "And the postcode?" / "It's CF10 1EP".
GIVEN_BACK = re.compile(r"\W*(?:it|that|this|they|these|those)(?:'s| is|'re| are)\b[^.!?]*(?:\d|https?://|www\.|@)", re.IGNORECASE)
# The value a named detail takes, given without the detail's name: "What is their address?" / "They
# are playing at 2A Dartmouth Park Hill"; "What's the phone number?" / "Call 0161 496 0123".
STREET = (
    r"\b\d+[A-Za-z]?(?:-\d+)?\s+(?:[\w'.-]+\s+){1,4}(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|way|place|"
    r"square|plaza|hill|court|ct|park|close|crescent|terrace|parade|row|mews|highway|hwy|parkway)\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b|\b[A-Z][a-z]+,? (?:[A-Z]{2}|[A-Z][a-z]+) \d{5}\b|\blocated (?:in|on|at)\b"
)
PHONE = r"\+?\d[\d ()-]{7,}\d"
DETAIL_VALUES: tuple[tuple[re.Pattern, re.Pattern], ...] = (
    (re.compile(r"\b(?:address|location|postcode|zip(?: code)?)\b", re.IGNORECASE), re.compile(STREET, re.IGNORECASE)),
    (  # not "phone calls home", "mobile signal"
        re.compile(r"\b(?:phone|telephone|mobile|contact|line)\b(?! calls?\b| signal\b| use\b| reception\b)|\b(?:their|your|his|her|the) number\b", re.IGNORECASE),
        re.compile(PHONE),
    ),
    (re.compile(r"\be-?mail\b", re.IGNORECASE), re.compile(r"\w@\w")),
    (re.compile(r"\b(?:website|link|url|site)\b", re.IGNORECASE), re.compile(r"https?://|\bwww\.|\b\w+\.(?:com|co\.uk|org|net)\b")),
)


@lru_cache(maxsize=256)
def detail_value(question: str) -> re.Pattern | None:
    """What a value of the details a question names looks like ("address and phone number": either), or None."""
    patterns = [value.pattern for names, value in DETAIL_VALUES if names.search(question)]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


# A place named as what the subject is: "The venue is Strand", "The meeting point is Platform 4".
NAMED_PLACE = re.compile(rf"\b(?:is|are|'s)\s+(?:the\s+)?[A-Z][a-z][\w'’-]*|(?i:{STREET})")
# A sentence whose subject refers back to what was asked: "It seats up to eight", "They're £5 each".
REFERS_BACK = re.compile(r"\W*(?:it|they|that|this|these|those)(?:'s|'re|'ll)?\b", re.IGNORECASE)


class _Remembered:
    """A pattern whose search and match results are kept per sentence: while a reply is typed most of
    its sentences repeat from one review to the next, and each is tried against these cues for every
    question of the message."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.search = lru_cache(maxsize=1024)(pattern.search)
        self.match = lru_cache(maxsize=1024)(pattern.match)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


for _name in ("DATE_OR_TIME", "DATED_PROMISE", "PRICE", "HOW", "DONE", "POLAR", "PRAISE", "NEGATIVE", "PLACE",
              "STANCE", "WHY", "INFORMATION", "NAMED_PLACE", "GIVEN_BACK", "FAILURE", "YES_NO_OPENING", "REFUSED",
              "ACKNOWLEDGED", "QUANTITY", "FUTURE", "HANDOFF", "DONE_BY_US", "PRICE_LEVEL", "NEGATIVE_ANSWER"):
    globals()[_name] = _Remembered(globals()[_name])
# The kind of answer each kind of question expects.
EXPECTS = {"when": DATE_OR_TIME, "how much": PRICE, "where": PLACE, "why": WHY, "how": HOW, "request": DONE}
