package io.handover.intake;

/**
 * Joining and moving said the way managers say it beyond the plain verbs: Dutch "nieuwe
 * mensen / man / vrouw", the plural "komen A en B … bij ons", chat "new temps", "heeft
 * laptop nodig"; a move told with a separable verb ("gaat per volgende week dinsdag over
 * naar …") or from one office to another.
 */
final class JoinerWords {

	/**
	 * Alternatives for a strong joiner intent, matched case-insensitively on word bounds.
	 */
	static final String EVERYDAY = "nieuwe (?:mensen|man|vrouw|jongen|jongens|meid|meiden|temps?|uitzendkrachten?)|"
			// people added to a team: "we're adding two people to the drone team", and
			// "komen Gert Wessels en Dilan Aksoy erbij als productiemedewerkers"
			+ "(?:we're|we are|we'll be|we will be) adding\\b|"
			// a hire brought in: "we're bringing in a developer", "bringing in Sara
			// Lind";
			// not things ("bringing in new scanners")
			+ "(?:we're|we are|we'll be|we will be) bringing in (?=(?:a|an) |(?-i:\\p{Lu}))|"
			// a volunteer given a contract is employed from then: "Vrijwilligster Anja
			// Post
			// krijgt vanaf 1 maart een contract als …", "our volunteer gets a contract"
			+ "(?:vrijwillig(?:er|ster)s?|volunteers?)\\b[^.;!?\\n]{0,60}?\\b(?:krijgt|krijgen|gets|get|is given|"
			+ "will get|is offered)(?: [\\p{L}\\d]+){0,5}? (?:contract|arbeidscontract|arbeidsovereenkomst|"
			+ "aanstelling|dienstverband|job)\\b|"
			// one who comes through an agency is no one of ours yet: "ze komt via een
			// detacheerder", "she comes through a staffing agency"; said of the one named
			// (not "our new driver will come through an agency" beside a leaver)
			+ "(?:hij|zij|ze|he|she) (?:komt|comes|is coming)(?: (?:to us|bij ons|hier|here))? (?:via|through) (?:een|an?|the|het) "
			+ "(?:[\\p{L}-]+ )?(?:detacheerder|detacheringsbureau|uitzendbureau|uitzendorganisatie|bemiddelingsbureau|"
			+ "payroller|(?:staffing|temp|temping|employment|recruitment|secondment) agency|agency)\\b|(?:komt|komen)\\b[^.;!?\\n]{0,60}?\\berbij\\b|"
			+ "nieuw (?:meisje|jongetje)|"
			// a post taken up, as a formal letter says it: "will take up his duties as
			// Consular Officer on …", "treedt per 1 februari in functie"
			+ "(?:will |shall |is to |is going to )?take(?:s)? up (?:his|her|their) (?:duties|post|position|appointment)\\b|"
			+ "(?:treedt|treden)(?: [\\p{L}\\d'’-]+){0,5} in functie\\b|"
			// an agency placing someone with us: "plaatsen wij Nikolai Ivanov bij
			// jullie",
			// "we are placing Ana Costa with you"; not a vacancy placed ("plaatsen de
			// vacature op")
			+ "(?:plaatsen (?:wij|we)|(?:wij|we) plaatsen|plaatst (?:het uitzendbureau|het bureau)|(?:we are|we're|"
			+ "we will|we'll) plac(?:e|ing))(?: [\\p{L}'’.-]+){1,4} (?:bij (?:jullie|u|jou)|with you)\\b|"
			// Flemish "wordt aangeworven" (hired), and "resumes duty as our new cashier"
			+ "aangeworven|resum(?:e|es|ed|ing)(?: (?:duty|duties|work))?(?: (?:with|at|in) (?:us|our [\\p{L}-]+))?"
			+ "(?: (?:on|from) [\\p{L}\\d ,]{1,25}?)? as\\b|"
			// "will be covering reception with us from 11 January": a stay ahead, from
			// its
			// first day
			+ "with us from(?= (?:\\d|(?:mon|tue|wed|thu|fri|sat|sun)|next|tomorrow|the \\d))|"
			+ "new (?:temps?|guys?|girls?|lads?|starters? (?:on|for|in) the)|"
			+ "(?:komen|kwamen)(?: [\\p{L}\\d'’()-]+){1,9} bij (?:ons|het team|onze? [\\p{L}-]+)(?! (?:weg|vandaan))|"
			// a crew joined: "komen aan boord als matroos", "comes aboard as deckhand"
			+ "(?:komt|komen|kwam|kwamen)(?: [\\p{L}\\d'’-]+){0,4} aan boord(?= als\\b)|(?:comes?|coming) (?:on )?aboard(?= as\\b)|"
			// joining said without a joining verb: "nieuw bij ons", "de komst van", "is
			// with us from", "to take up the post"
			// a rehire: "who left in 2024, is coming back! She rejoins …"
			+ "(?:is|are) coming back(?! (?:from|after|off))|comes back to us|rejoin(?:s|ed|ing)?|"
			// "returns to us as a care worker", "keert op 1 februari bij ons terug"
			+ "returns? to us\\b|(?:komt|keert)(?: [\\p{L}\\d'’-]+){0,5} bij ons terug\\b|"
			// a German's English for "bei Ihnen": "from 04.01.2027 Mr. Tobias Keller is
			// working by you as project assistant"
			+ "(?:is|are|will be) working by you\\b|"
			+ "nieuw bij ons|new (?:to|with) us|(?:is|are|will be|being) seconded (?:to us|here)|(?:de )?komst van|(?:is|are|will be) (?:with us|here) from|"
			+ "to take up (?:the|a|her|his|their) (?:post|role|position|chair|job|appointment)|"
			+ "zal(?: [\\p{L}\\d'’()-]+){1,10} (?:bij ons|bij onze? [\\p{L}-]+|in onze? [\\p{L}-]+)(?: [\\p{L}-]+){0,3} werkzaam zijn";

	/**
	 * A job taken and a start said of one subject: "Ruben Aerts wordt daar filiaalleider
	 * en begint dan ook", "becomes the new branch's manager and starts that day". The
	 * start says a newcomer; not a course begun ("en begint dan met een opleiding").
	 */
	static final String BECOMES_AND_STARTS = "(?:wordt|becomes|will become)(?: [\\p{L}\\d'’-]+){1,5},? (?:en|and) "
			+ "(?:begint|start|starts|will start)\\b(?!(?: (?:dan|daar|ook|then|there|also))* (?:met|with|on a|a)\\b)";

	/**
	 * A start again, after a leaving told of the past: "left in 2024 and starts again".
	 */
	private static final String AGAIN = "(?:(?:starts?|begins?|joins?)(?: (?:with )?us)? again|"
			// Dutch says it with "weer"/"opnieuw": "begint weer op 1 februari"
			+ "(?:begint|beginnen|start|starten|komt|komen)(?: hier| bij ons)? (?:weer|opnieuw)(?! weg))\\b";

	/**
	 * A leaving told of the past in a rehire ("Theo Vance, who left us last spring? He
	 * rejoins …"): it says no leaving now, so it is read as no intent at all.
	 */
	static final String LEFT_BEFORE_REHIRE = "(?:who|that|die|dat) (?:left|vertrok|wegging|is vertrokken)"
			+ "(?=.{0,120}\\b(?:rejoin(?:s|ed|ing)?|is coming back|comes back|" + AGAIN
			+ "|komt\\b.{0,40}\\bterug|keert\\b.{0,40}\\bterug))|"
			// "We are rehiring Tara Lund. She left in 2025 and comes back on 1 February",
			// "rehiring Dean Colby - he was with us till March. Back as a driver from …"
			+ Behind.then(
					"\\b(?:rehir(?:e|es|ed|ing)|re-hir(?:e|es|ed|ing)|herintreder|herintreedt|(?:weer|opnieuw|terug) in dienst)"
							+ "\\b.{0,120}",
					"left|vertrok|wegging|is vertrokken|was (?:with us|here) (?:until|till)|"
							+ "werkte (?:hier |bij ons )?(?:tot|t/m)")
			+ "|" + "(?:left|vertrok|vertrokken|weggegaan|wegging|was (?:with us|here) (?:until|till))"
			+ "(?=.{0,120}\\b(?:rehir(?:e|es|ed|ing)|comes back|coming back|back as|returns|rejoin(?:s|ed|ing)?|"
			// the Dutch return said with either verb: "is in 2023 vertrokken en keert op
			// 1 februari terug"
			+ AGAIN + "|(?:komt|keert)\\b.{0,40}\\bterug|(?:weer|opnieuw|terug) in dienst))";

	/**
	 * A newcomer's notice at the employer they leave for us: "(notice period at his
	 * current employer)", "he still has to work his notice at his old job", "opzegtermijn
	 * bij zijn huidige werkgever". It says why a start is where it is, no leaving here:
	 * read as no intent at all.
	 */
	static final String NOTICE_ELSEWHERE = "(?:(?:his|her|their) )?(?:notice(?: period)?|opzegtermijn)"
			+ "(?: [\\p{L}'’-]+){0,3}? (?:at|with|bij|van|for) (?:(?:his|her|their|zijn|haar|hun|the|de|het) )?"
			+ "(?:old|current|present|previous|former|other|huidige|oude|vorige|andere|eerdere) "
			+ "(?:job|employer|company|firm|work|werkgever|baan|werk|bedrijf|werkplek)|"
			// the employer said first: "heeft bij zijn huidige werkgever een
			// opzegtermijn"
			+ "(?:at|with|bij) (?:his|her|their|zijn|haar|hun) (?:old|current|present|previous|former|huidige|oude|"
			+ "vorige) (?:job|employer|company|werkgever|baan|bedrijf)(?: [\\p{L}'’-]+){0,3}? (?:notice(?: period)?|"
			+ "opzegtermijn)|"
			// the last day there, at the employer left for us: "zijn laatste dag daar is"
			+ "(?:laatste (?:werk)?dag|last (?:working |work )?day) (?:daar|there)\\b|"
			// the reason a start comes later: "due to her notice period, … will join"
			+ "(?:due to|because of|owing to|vanwege|door|wegens|i\\.?v\\.?m\\.?) (?:(?:his|her|their|zijn|haar|hun) )"
			+ "(?:notice(?: period)?|opzegtermijn)(?=[^.;!?\\n]{0,80}\\b(?:start|begin|join|komt|treedt|arriv)\\p{L}*)|"
			// … or after the start it moves: "The start of Daniel Frost has moved from
			// 11 to 25 January because of his notice period"
			+ "(?<=\\b(?:start|starts|begin|begint|join|joins|komst|first day|eerste werkdag)\\b[^.;!?\\n]{0,100})"
			+ "(?:due to|because of|owing to|vanwege|wegens|i\\.?v\\.?m\\.?) (?:his|her|their|zijn|haar|hun) "
			+ "(?:notice(?: period)?|opzegtermijn)";

	/**
	 * A rehire: "we are rehiring", "back as a driver from", "comes back on 1 February",
	 * "herintreder", "komt weer in dienst".
	 */
	static final String REHIRED = "rehir(?:e|es|ed|ing)|re-hir(?:e|es|ed|ing)|herintreder|herintreedt|"
			+ "(?:weer|opnieuw|terug) in dienst|(?<!\\b(?:moves?|moving|goes|going|gaat|switch(?:es)?) )"
			// not "will not come back as a driver": a leaving or nothing
			+ "(?<!\\b(?:not|n't|never) (?:come|be coming) )back as\\b|" + "comes back (?:on|from|per|in)\\b|"
			// the Dutch said with the verb split or joined: "komt per 1 mei bij ons terug
			// als kok", "terugkomt als verpleegkundige"; not back from a leave with a job
			// ("komt na haar verlof terug als teamleider" is one of ours moving)
			+ "(?:terug(?:komt|komen|keert|keren)|(?:komt|komen|keert|keren)"
			+ "(?: (?![\\p{L}-]*(?:verlof|ziek|leave)\\b|(?:niet|geen)\\b)[\\p{L}\\d/'’-]+){0,6} terug) als\\b|"
			+ "(?<!\\b(?:moves?|moving|goes|going|switch(?:es)?) )returns as\\b";

	/** Not a newcomer's job: a new role, team or place is a move, a new date a change. */
	static final String NOT_A_JOB = "(?!(?:role|job|position|"
			// "new office", not "new office assistant"
			+ "office(?! (?:assistant|manager|clerk|worker|administrator|coordinator|support|medewerker))|team|department|site|location|address|"
			+ "manager|date|start|rol|functie|positie|baan|afdeling|locatie|vestiging|datum|startdatum|rooster|"
			+ "leidinggevende|hours|uren|rota|schedule|planning|policy|process|procedure|form|system|password|account|"
			+ "laptop|phone|number|email|e-mail|year|jaar|week|month|maand)\\b)";

	/**
	 * An appointment: a starter, unless the person is said to come from a team here ("Mia
	 * Ross from Sales has been appointed"), which {@link #MOVES} then says.
	 */
	static final String APPOINTED = "(?:the )?appointment of|(?:has|have|had) (?:been )?appointed|"
			// the Dutch formal letter, the verb last: "dat X per 1 februari als griffier
			// wordt benoemd"; one of ours says the job held ("thans …"), which moves
			+ "(?:als|tot) (?:[\\p{L}-]+ ){1,4}(?:(?:wordt|is|zal worden) )?benoemd\\b|"
			// formal and chat joining: "will assume the position of", "takes up the post
			// of", "is coming on as a barista", "we're hiring Leo Marsh and …"
			+ "assum(?:e|es|ing) (?:the|a|her|his|their) (?:post|role|position|duties|function)|"
			+ "(?:will |shall )?takes? up (?:the|a|her|his|their) (?:post|position|appointment)|"
			// "the port's new harbour master, Ida Berg, takes office on 1 March"
			+ "(?:takes?|taking|assumes?|assuming) office\\b|"
			+ "(?:coming|comes|come) on as(?= (?:an?|our|the|\\p{Ll}+) )|"
			// "can you set Tomasz Nowak up as our new lab technician"
			+ "set(?: [\\p{L}'’-]+){1,4} up as (?:an? |our |the )?new\\b|"
			+ "(?:we're|we are|we've|we have|are) (?:been )?hiring(?= (?-i:\\p{Lu}\\p{Ll}+ \\p{Lu})|(?: [\\p{L}-]+){1,6}: "
			+ "(?-i:\\p{Lu}\\p{Ll}+ \\p{Lu}))|"
			// a heading "Trainee intake January:" over a list
			+ "^(?:[\\p{L}-]+ )?intake(?: \\p{L}+){0,2}(?=(?: \\([^)\\n]{1,30}\\))?:)|"
			// "nieuw: medior boekhouder (Bram Vos) per 1 feb"
			+ "nieuwe?:? (?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+(?= \\((?-i:\\p{Lu})[^)\\n]{2,40}\\) (?:per|vanaf|from|starting|"
			+ "m\\.i\\.v\\.|op|on)\\b)|"
			+ "(?:is|was|were|are) appointed|aangesteld|hebben (?:we|wij) (?:een|twee|drie) "
			+ "(?:\\p{L}+ ){0,3}\\p{L}+(?: in loondienst| in dienst| aangenomen)?(?=\\s*:)|"
			+ "(?:our|a|the) new (?!(?:role|job|position|office|team|department|site|location|address|manager|date)\\b)"
			+ "(?:\\p{Ll}+ ){0,2}\\p{Ll}+(?: (?:for|at|in|on) (?:the |our )?[\\p{L} ]{1,25}?)?[,:] (?=(?-i:\\p{Lu}\\p{Ll}+ \\p{Lu}))|"
			+ "^new (?!(?:role|job|position|office|team|department|site|location|address|manager|date)\\b)"
			+ "(?:\\p{Ll}+ ){0,2}\\p{Ll}+(?: (?:for|at|in|on) (?:the |our )?[\\p{L} ]{1,25}?)?[,:] (?=(?-i:\\p{Lu}\\p{Ll}+ \\p{Lu}))|"
			// "Marit is our new pastry chef as of", "een extra monteur …: Rik Baarsma"
			+ "(?:is|zijn|are|will be) (?:our|onze) (?:new|nieuwe) " + NOT_A_JOB + "[\\p{Ll}-]+|"
			// "will be our new planning coach from week 3": a job, then when
			+ "will be (?:our|the) new (?:[\\p{Ll}-]+ ){1,3}(?=(?:from|as of|starting) )|"
			// "nemen Daan per 1 maart in vaste dienst", "will embark on 8 January" (crew)
			// (not "nemen afscheid van Piet, 20 jaar in dienst")
			+ "(?:nemen|neemt)(?: (?!(?:afscheid|ontslag|jaar|jaren)\\b)[\\p{L}\\d'’.-]+){1,7} in (?:vaste dienst\\b|"
			+ "dienst(?= (?:als|per|vanaf|met ingang)\\b|\\s*[.,;!]|\\s*$))|embark(?:s|ing)? (?:on|op)\\b|"
			+ "(?:een|an?) extra " + NOT_A_JOB
			+ "[\\p{Ll}-]+(?: [\\p{Ll}-]+){0,6}?[,:] (?=(?-i:\\p{Lu}\\p{Ll}+ \\p{Lu}))";

	/**
	 * A starter's things asked for with "nodig": weaker, as a request is not an
	 * announcement on its own. (A heading over new people is
	 * {@link ListItems#NEW_HEADING}.)
	 */
	static final String NEEDED = "(?:laptop|werkplek|pas|pasje|toegangspas|account|inlog|telefoon|badge)s? nodig";

	/**
	 * Nothing new to set up: "geen nieuwe accounts nodig", "no new laptop needed", "no
	 * need for a new account". Claimed before the requests above, weighing nothing, so a
	 * move said beside it stays a move.
	 */
	static final String NOTHING_NEEDED = "(?:geen|no|zonder|without)(?: (?:new|nieuwe?|extra|additional|aparte?))? "
			+ IntentLexicon.PROVISIONS + "(?: (?:nodig|needed|required|necessary))?|"
			+ "(?:hoeft|hoeven|heeft|hebben)(?: \\p{L}+)? geen(?: (?:nieuwe?|extra|aparte?))? "
			+ IntentLexicon.PROVISIONS + "(?: (?:nodig|te krijgen))?|"
			+ "(?:no need for|(?:does|do|will) not need|(?:doesn|don|won)['’]t need)(?: (?:a|an|any))?(?: (?:new|extra|additional))? "
			+ IntentLexicon.PROVISIONS;

	/**
	 * Not back before a day: "komt niet voor maart terug", "komt pas in februari terug",
	 * "won't be back before March". An absence going on, no start; claimed weighing
	 * nothing. Not "komt niet meer terug", a leaving.
	 */
	static final String NOT_BACK_YET = "(?:komt|komen) (?:niet|pas)(?! (?:meer|ooit)\\b)(?: [\\p{L}\\d]+){0,4} terug\\b(?! bij ons)|"
			+ "(?:won['’]t|will not|isn['’]t|is not) (?:be )?(?:back|coming back) (?:before|until|till)";

	/** A recent day said after "sinds": yesterday, a weekday, last week; never a year. */
	private static final String SINCE_RECENTLY = "sinds (?:gisteren|eergisteren|vanochtend|vanmorgen|"
			+ "(?:afgelopen |vorige )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week))";

	/**
	 * A newcomer already at work and not yet told: "sinds gisteren zit X bij ons op de
	 * weegbrug", "X zit sinds maandag bij de planning". Not "zit sinds dinsdag ziek
	 * thuis", nor with us since a year.
	 */
	static final String SITS_WITH_US_SINCE = SINCE_RECENTLY
			+ " (?:zit|zitten)\\b(?=(?: [\\p{L}'’-]+){0,4}? bij (?:ons|de|het)\\b)|" + "(?:zit|zitten) "
			+ SINCE_RECENTLY + " bij (?:ons|de|het)\\b";

	/**
	 * Someone we will have from a day, named after a colon: "Per 4 januari hebben we een
	 * facilitair medewerker voor de werkplaats: Gerda Hulst"; people added for a time:
	 * "Please add two students for the weekends: …".
	 */
	static final String HAVE_FROM = Behind.then("\\b(?:vanaf|per|met ingang van)\\b[^.;\\n]{3,40}",
			"\\bhebben we (?:er )?(?:een|twee|drie|vier)\\b(?=[^.;\\n]{3,80}:\\s*(?-i:\\p{Lu}))")
			+ "|\\badd (?:two|three|four|five|six|a|an|one|\\d{1,2}) (?:new )?\\p{L}+ for\\b(?=[^.;\\n]{0,60}:)";

	/**
	 * Where the person comes from, said as another employer: "Ze komt van een
	 * distributiecentrum in Tilburg", "He comes from a logistics firm": no team of ours
	 * (a team would be "our" or "the"), so a start, not a move.
	 */
	static final String FROM_ELSEWHERE = "\\b(?:ze|zij|hij|she|he)\\s+(?:komt|kwam|comes|came)\\s+(?:over\\s+)?"
			+ "(?:van|from)\\s+(?:een|a|an)\\s+(?!(?:andere\\s+|other\\s+)?(?:afdeling|department|team|unit|vestiging|"
			+ "branch|site|locatie|location)\\b)\\p{L}{3,}";

	/** Alternatives for a strong mover intent. */
	static final String MOVES = "(?-i:from \\p{Lu}[\\p{L}&-]*(?: \\p{Lu}[\\p{L}&-]*)?) (?:has been|is|was|will be) appointed|"
			// one of ours who comes over from a unit, in lower case: "hij komt over van
			// de
			// zagerij", "she comes over from the print shop"; not a former employer, in
			// capitals ("komt over van Philips") or a body outside ("van de gemeente")
			+ "(?:komt|komen|kwam|kwamen|comes?|came|moves?) over (?:van|from) (?:de|het|onze?|the|our) "
			+ "(?!(?:gemeente|provincie|overheid|politie|concurrent|concurrentie|competition|council|government|"
			+ "police|army|navy|universiteit|university|hogeschool|college|school|bank|firm|company|agency)\\b)"
			+ "(?-i:\\p{Ll}[\\p{L}-]+(?: \\p{Ll}[\\p{L}-]+)?)(?=\\s*(?:[.,;!?)]|$))|"
			// one of ours, named with the job held, appointed to another: "onze
			// vertegenwoordiger Joost Verbeek als afdelingshoofd benoemd", "Our sales rep
			// Dana Cole has been appointed shift supervisor"
			+ Behind.then("\\b(?:our|onze) [\\p{Ll}-]{2,25}(?: [\\p{Ll}-]{2,25})? (?-i:\\p{Lu})[^.;:!?\\n]{1,60}",
					"(?:appointed|benoemd)\\b")
			+ "|"
			// taken off a shift or team of ours: "We're taking Kai Schneider off the
			// night
			// shift", "we halen Rik Bos uit de nachtploeg"
			+ "(?:tak(?:e|es|ing)|took|pull(?:s|ing|ed)?|mov(?:e|es|ing)) (?-i:\\p{Lu}[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,3}) "
			+ "(?:off|out of) (?:the|our|his|her|their) (?:[\\p{L}-]+ ){0,2}(?:shift|rota|roster|team|ward|line|desk|route|"
			+ "round|crew|floor|tills?|counter|run)s?\\b|"
			+ "(?:halen|haalt|haal|haalden|haalde) (?-i:\\p{Lu}[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,3}) (?:uit|van) (?:de|het|onze?) "
			+ "[\\p{L}-]+(?:dienst|ploeg|rooster|route|team|afdeling)\\b|"
			// from one named site of ours to another: "gaat vanaf 4 januari van Park
			// Veluwe naar Park Drenthe" (not to us: a newcomer says "komt")
			+ "(?:gaat|gaan|verhuist|verhuizen|goes|moves|is moving|is going|transfers|is transferring)"
			// (the places, read as names, are left out of the match: it stays in the
			// mover's part)
			+ "(?: [\\p{L}\\d'’()-]+){0,6} (?:van|from)(?= (?-i:\\p{Lu}[\\p{L}'’-]*)(?: (?-i:\\p{Lu}[\\p{L}'’-]*|\\d+)){0,3} "
			+ "(?:naar|to) (?!(?:ons|us)\\b)(?:(?-i:\\p{Lu})|(?:de|het|the|our|onze?) ))|"
			// one job no more but another: "niet langer chauffeur maar planner", "no
			// longer a driver but"; "groeit per 1 maart door naar"; "seconded",
			// "redeployed"
			+ "niet (?:langer|meer)(?: [\\p{L}'’-]+){1,5},? maar|no longer(?: [\\p{L}'’-]+){1,5},? but|"
			+ "(?:groeit|groeien|groeide)(?: [\\p{L}\\d'’-]+){1,5} door (?:naar|als|tot)|"
			// the perfect: "is per 1 januari doorgegroeid naar teamleider"
			+ "doorgegroeid(?: [\\p{L}\\d'’-]+){0,3} (?:naar|als|tot)|"
			+ "(?:is|are|was|been|being|will be) (?:seconded|redeployed)(?! (?:to us|here|with us|from (?:an?|another) ))|"
			+ "(?:gaat|gaan|ging|gingen)(?: [\\p{L}\\d'’()-]+){1,9} over naar|"
			+ "van (?:ons |onze |het |de )?(?:kantoor|vestiging|locatie|site|afdeling)(?: [\\p{L}\\d'’-]+){0,3} naar "
			+ "(?:de |het |ons |onze |een )?(?:andere )?(?:kantoor|vestiging|locatie|site)|"
			+ "(?:to|from) (?:our|the) other (?:site|office|location|branch)|"
			// "takes on a developer role", "will take on the role of", "moving across to
			// be", "swap places", "stapt per 1 februari over naar"
			+ "tak(?:e|es|ing) on (?:the role|an? (?:[\\p{L}-]+ ){0,2}role)\\b|mov(?:e|es|ing) across (?:to|into)|"
			+ "(?:swap|swaps|swapping|trade|trades|trading) places|(?:ruilen|wisselen) van (?:plaats|plek)|"
			+ "(?:stapt|stappen)(?: [\\p{Ll}\\d'’]+){1,4} over naar|"
			// "swap clinics from 4 January: Priya goes to Hillside and Ewan to Riverside"
			+ "(?:swap|swaps|swapping|switch|switches|switching|trade|trades) (?:their )?(?:clinics|teams|shifts|"
			+ "sites|stores|shops|branches|wards|depots|offices|routes|rounds|locations|desks|labs|kitchens|regions|"
			+ "patches)\\b|"
			// two who swap places: "ruilen per 1 maart van winkel", "wisselen van schip"
			+ "(?:ruilen|wisselen|ruilt|wisselt)(?: [\\p{L}\\d'’]+){0,4} van (?:rayon|district|gebied|werkgebied|plaats|plek|winkel|vestiging|locatie|schip|"
			+ "afdeling|team|kantoor|filiaal|werkplek|standplaats|route|wijk|ploeg|dienst|rooster|school|klas|depot|kliniek|"
			+ "praktijk|apotheek|lab|keuken|regio|locatie)\\b";

	/** Words of a day ahead: "1 maart", "maandag 4 januari", "morgen". */
	private static final String AHEAD = "(?:(?:\\d{1,2}(?:e|ste|de)?|\\d{4}|morgen|volgende|komende|week|maand|"
			+ "(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:jan|feb|febr|mrt|maart|apr|april|mei|jun|juni|jul|juli|"
			+ "aug|augustus|sep|sept|september|okt|oktober|nov|november|dec|december|januari|februari)\\.?) ){1,4}?";

	/**
	 * A new job said without a move word: "gaat vanaf 1 april werken als verzorgende",
	 * "gaat per 1 februari op kantoor werken als planner", "is vanaf 1 maart
	 * accountmanager bij de binnendienst". Weak, as a starter may be said so too; not
	 * "bij ons" or "voor ons", which a starter says.
	 */
	static final String MOVES_WEAK = "(?:gaat|gaan)(?: (?!(?:bij|voor|ons|elders|weg|niet)\\b)[\\p{L}\\d'’.-]+){0,6} "
			+ "werken (?:als|bij de|bij het|op de|op het|in de|in het)\\b|"
			+ "(?:is|zijn) (?:vanaf|per|met ingang van|m\\.i\\.v\\.) " + AHEAD
			+ "(?!(?:niet|geen|weg|uit|met|in|ook|al|nog|werkzaam|bij|onze?|de|het|een|gestopt|vertrokken|"
			+ "overgeplaatst|beschikbaar|afwezig|vrij|ziek|thuis|terug)\\b)\\p{Ll}[\\p{L}-]+ (?:bij|in|op) "
			+ "(?:de|het|onze?) ";

	/**
	 * Going on the road, in Flemish: "trekt Lien van onze toonzaal de baan op als
	 * vertegenwoordiger", "gaat vanaf 4 januari de baan op". Work in the field instead of
	 * at the counter or desk: a move, unless a newcomer's word says otherwise.
	 */
	static final String ON_THE_ROAD = "(?:trekt|trekken|gaat|gaan)(?: [\\p{L}\\d'’-]+){0,6}? de baan op\\b";

	/**
	 * A start reported late, or said with a plain work verb: "Sinds dinsdag werkt Evi
	 * Bruins bij ons", "Since Monday Zoe Hart has been working in our bakery", "Vanaf
	 * maandag 4 januari helpt Greet Appel als vrijwilliger in het buurthuis", "From
	 * Monday 11 January Zoe Hart helps out in our kitchen", "hij is onze nieuwe
	 * badmeester". Only the verb: the name and the date around it stay free. Not a
	 * leaving said so ("sinds maandag werkt hij niet meer").
	 */
	static final String WORKS_SINCE = Behind
		.then("\\b(?:sinds|since) (?:gisteren|yesterday|eergisteren|(?:afgelopen |last )?"
				+ "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|"
				+ "saturday|sunday)|vorige week|last week|\\d{1,2}(?:e|ste|de|st|nd|rd|th)? (?:of )?(?:januari|january|jan|"
				+ "februari|february|feb|maart|march|mrt|april|apr|mei|may|juni|june|juli|july|augustus|august|aug|"
				+ "september|sept|sep|oktober|october|okt|oct|november|nov|december|dec))\\b[^.;\\n]{0,40}",
				"\\b(?:werkt|werken|helpt|has been working|have been working|is working|works|has been helping)\\b")
			+ "(?![^.;\\n]{0,40}\\b(?:niet meer|no longer|not|geen)\\b)|"
			+ Behind.then("\\b(?:vanaf|per|met ingang van)\\b[^.;\\n]{3,40}", "\\b(?:werkt|helpt)\\b")
			+ "(?= (?-i:\\p{Lu})[^.;\\n]{0,60}?\\b(?:bij|in|op) (?:de|het|onze?) )|"
			+ Behind.then("\\b(?:from|starting)\\b[^.;\\n]{3,60}",
					"\\b(?:helps(?: out)?|works|will (?:work|help(?: out)?)) (?:in|at|with|for) (?:our|the|us)\\b")
			+ "|"
			+ "(?:hij|zij|ze|he|she) is (?:onze?|our) (?:nieuwe|new) (?!(?:rol|functie|positie|baan|taak|role|job|"
			+ "position)\\b)[\\p{L}-]+";

	/**
	 * Work said with a plain verb and a start ahead, no joining verb: "will be working in
	 * our bakery from …", "zit vanaf 4 januari bij ons op de planning", "bezorgt vanaf
	 * maandag voor ons", "is met ingang van 1 maart werkzaam als". Weak, as a move is
	 * said the same way: a current job said as well makes it one.
	 */
	static final String WORKS_FROM = "(?:will|shall|is going to|gonna) (?:be )?work(?:ing)? (?:with us|for us|in our|at our|on our)\\b|"
			+ "(?:zit|zitten|rijdt|rijden|bezorgt|bezorgen|werkt|werken)(?: [\\p{L}\\d'’().-]+){0,5} "
			+ "(?:vanaf|per|met ingang van|m\\.i\\.v\\.)(?: [\\p{L}\\d'’().-]+){1,5}? (?:bij|voor) ons\\b|"
			+ "(?:vanaf|per|met ingang van|m\\.i\\.v\\.)(?: [\\p{L}\\d'’().-]+){1,5}? (?:zit|zitten|rijdt|rijden|bezorgt|bezorgen)"
			+ "(?: [\\p{L}\\d'’().-]+){1,5}? (?:bij|voor) ons\\b|"
			+ "(?:is|zijn) (?:vanaf|per|met ingang van|m\\.i\\.v\\.)(?: [\\p{L}\\d'’().-]+){1,8}? werkzaam\\b";

	/**
	 * A stay that ends after an arrival is said: "Maandag krijgen we versterking: …, die
	 * blijft tot eind januari", "begint woensdag en blijft tot en met 31 december", "From
	 * Monday we have a holiday temp … He stays until 9 January". Claimed before the
	 * leaving words, so "blijft tot" says no leaving.
	 */
	static final String STAYS_UNTIL_AFTER_ARRIVAL = Behind.then(
			"\\b(?:begint|beginnen|begin|begins|arrives|start|starts|starten|komt|komen|"
					+ "versterking|versterkt|versterken|joins|joining|welkom|welcome|hebben we|we have|we've got|"
					+ "stagiair|stagiaire|intern|temp|uitzendkracht|vakantiekracht|seizoenskracht|invalkracht)\\b.{0,80}",
			"(?:blijft|blijven|stays|will stay|is staying) (?:hier |bij ons |with us |here )?(?:nog )?(?:tot|until|till)\\b")
			+ "|"
			// "begins on 1 February and will be with us until 30 June": in one sentence
			+ "(?=(?:will be|is|zal) )(?<=\\b(?:begint|begins|begin|starts|start|komt|joins|arrives)\\b[^.;\\n]{0,60})"
			+ "(?:will be|is|zal) (?:hier|bij ons|with us|here) (?:(?:nog|tot)\\s)?(?:tot|until|till)\\b|"
			// "start on 7 December and both work until 24 December", "begint maandag en
			// werkt tot en met 24 december": one subject for both verbs, a temp's stay
			+ "(?<=\\b(?:begint|beginnen|begins|begin|starts|start|starten|komt|komen|joins|join|arrives|arrive)\\b"
			+ "[^.;\\n]{0,60})(?<=\\b(?:and|en) (?:(?:both|all|allebei|beiden) )?)(?:works|work|werkt|werken) "
			+ "(?:hier |bij ons |with us |here )?(?:(?:allebei|beiden|nog) )*(?:tot(?: en met)?|until|till|t/m)\\b|"
			// one subject for both verbs: "all starting Monday and leaving on 2 January",
			// "beginnen maandag en stoppen op 8 januari": a temp's stay, no leaving
			+ Behind.then("\\b(?:starting|starts|start|begin|begins|beginnen|begint|komen|komt)\\b[^.;\\n]{0,40}",
					" (?:and|en) (?:leaving|leave|leaves|finishing|finish|finishes|stoppen|stopt|vertrekken|vertrekt) "
							+ "(?:again )?(?:on|op|per)\\b");

	/**
	 * Into a unit of ours with a job: "gaat per 1 maart de buitendienst in als", "stapt
	 * op 1 februari in de binnendienst als", "schuift per 1 april aan bij het datateam
	 * als", "verruilt de klas voor het hoofdkantoor, waar". Weaker than a move word, as a
	 * starter may be said so too.
	 */
	static final String MOVES_INTO = "(?:gaat|gaan|stapt|stappen)(?: [\\p{L}\\d'’-]+){0,5} (?:de|het|ons|onze) [\\p{L}-]+ in als|"
			+ "(?:stapt|stappen)(?: [\\p{L}\\d'’-]+){0,4} in (?:de|het) [\\p{L}-]+ als|"
			+ "(?:schuift|schuiven)(?: [\\p{L}\\d'’-]+){0,4} aan bij (?:de|het|ons|onze) [\\p{L}-]+ als|"
			+ "(?:verruilt|verruilen)(?: [\\p{L}\\d'’-]+){0,4} voor (?:het|de|onze?) [\\p{L}-]+, waar";

	/**
	 * A post filled again, the newcomer named after a colon: "Vanaf 1 maart hebben we
	 * weer een facilitair medewerker: Johan Kroon", "From January we finally have a
	 * receptionist again: Amy Clarke".
	 */
	static final String FILLED_AGAIN = "(?:hebben|krijgen) (?:we|wij) (?:weer|eindelijk|opnieuw)(?: \\p{L}+)? een "
			+ "[\\p{L}-]+(?: [\\p{L}-]+)?(?= ?:)|"
			+ "we (?:finally |once again )?(?:have|get|'ve got|will have) (?:a|an) [\\p{L}-]+(?: [\\p{L}-]+)? again(?= ?:)|"
			+ "we (?:finally|once again) (?:have|get|'ve got|will have) (?:a|an) [\\p{L}-]+(?: [\\p{L}-]+)?(?= ?:)";

	/**
	 * A day as a period's first is written: "7", "1 juni", "ma 21 dec", "1 July 2027".
	 */
	private static final String DAY = "(?:(?:[\\p{L}]{2,9}\\.? )?(?:the |de )?\\d{1,2}(?:st|nd|rd|th|e|ste|de)?"
			+ "(?:[ -](?:of )?\\p{L}{3,9}\\.?)?(?:,? \\d{4})?)";

	/**
	 * A stay from one day to another: "helpt ons van 7 tot 23 december", "from 1 July
	 * 2027 to 30 September", "vanaf 1 juni, tot en met 31 augustus", "vanaf ma 21 dec tot
	 * de voorjaarsvakantie". A temp, an intern, a seasonal worker: a start, its end said
	 * with it is no leaving. Weak, so a leaving word wins ("works her notice from 7 to 18
	 * December"); not an absence ("van 21 tot 28 december met vakantie", "goes on
	 * maternity leave from 18 December until the end of April").
	 */
	// a leave taken up with its particle first: "neemt ouderschapsverlof op van 4 januari
	// tot 1 maart"
	static final String STAY = "(?<!(?:leave|verlof|sabbatical|vakantie|holiday)(?: op)? )(?:van|vanaf|from) " + DAY
			+ ",? (?:tot(?: en met)?|t/m|until|till|through|"
			+ "to(?= (?:the )?\\d| (?:mon|tue|wed|thu|fri|sat|sun)))\\b"
			+ "(?![^.;\\n]{0,40}\\b(?:met vakantie|op vakantie|met verlof|on holiday|on leave|afwezig|absent|away|ziek|sick|"
			+ "vrij|off)\\b)|"
			// a period in brackets after a name, as a list of temps gives it: "- Demi Hak
			// (7
			// t/m 24 december)", "Tom Bell (14-31 Dec)"
			+ "(?<=\\()\\d{1,2}(?:[ -]\\p{L}{3,9}\\.?)? ?(?:t/m|tot(?: en met)?|-|–|to|until|till|through) ?"
			+ "\\d{1,2}[ -]\\p{L}{3,9}\\.?(?:,? \\d{4})?(?=\\))"
			// not a list of absences or a rota: "Vakantierooster:", "Afwezig in
			// december:"
			+ "(?<!(?:vakantie(?!kracht|hulp|werk|baan)|verlof|holiday(?!\\s*(?:temp|help|staff|worker))|leave|"
			+ "afwezig|absen|ziek|sick|rooster|roster|rota)[\\s\\S]{0,300})";

	/** A temp, intern or guest: someone whose stay has an end from the start. */
	private static final String TEMP = "(?:\\p{L}{0,14}kracht(?:en)?|\\p{L}{0,6}stagiaires?|\\p{L}{0,6}stagiairs?|uitzendbureau|"
			+ "werkstudent(?:en)?|interns?|internship|temps?|temporary|trainees?|seasonal|guest|gast\\p{L}{0,10}|visiting|"
			+ "agency)";

	/**
	 * A temp's stay from one day to another, the first day said any way ("vanaf maandag
	 * tot en met 23 december", "van 21-12 t/m 2-1", "from tomorrow until"): a start, with
	 * a temp, intern or guest said in the same line. Not the stay of just anyone ("werkt
	 * vanaf maandag tot en met 23 december nog halve dagen" is a leaving), nor what is
	 * left of one ("nog van maandag tot vrijdag"), nor an absence.
	 */
	static final String TEMP_STAY = "(?=(?:van|vanaf|from) )(?<!\\bnog )"
			// the temp looked for only where a range may start: cheap
			+ "(?:(?<=\\b" + TEMP + "\\b[^\\n]{0,120})|(?=[^\\n]{0,160}\\b" + TEMP + "\\b))" + "(?:van|vanaf|from) (?:"
			+ "\\d{1,2}[-/]\\d{1,2}(?:[-/]\\d{2,4})?|"
			+ "(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|"
			+ "friday|saturday|sunday|morgen|tomorrow|overmorgen|vandaag|today)(?: \\d{1,2}(?: \\p{L}{3,9})?)?|"
			+ "(?:next|volgende|komende) (?:week|\\p{L}+dag|\\p{L}+day)|"
			+ "\\p{L}{0,9}\\.? ?\\d{1,2}(?:st|nd|rd|th|e|ste|de)?" + "(?:[ -](?:of )?\\p{L}{3,9}\\.?)?(?:,? \\d{4})?)"
			+ ",? (?:[\\p{L}]+ ){0,3}?(?:tot(?: en met)?|t/m|until|till|through|to)\\b"
			+ "(?![^.;\\n]{0,40}\\b(?:met vakantie|op vakantie|met verlof|on holiday|on leave|afwezig|absent|away|ziek|"
			+ "sick|vrij|off)\\b)";

	/**
	 * A temp or a trainee said new: "nieuwe vakantiekracht", "new intern", "stagiaire …
	 * loopt stage", "a placement student coming", "als uitzendkracht toevoegen".
	 */
	/**
	 * Temps for a season, or from an agency, as a heading: "Christmas temps for the
	 * Haarlem shop:", "three agency carers for the New Year's week": for what they come.
	 * Weak, and not said alone: "our Christmas temps finish on Christmas Eve" is their
	 * leaving.
	 */
	static final String SEASON_TEMPS = "(?:christmas|kerst|holiday|vakantie|summer|zomer|seasonal|seizoens|agency|uitzend) ?"
			+ "(?:temps|carers|workers|staff|helpers|nurses|krachten|hulpen) (?:for|voor)";

	static final String TEMP_NEW = "(?:nieuwe?|new) (?:\\p{L}+ )?(?:\\p{L}*kracht(?:en)?|stagiaires?|stagiairs?|"
			+ "werkstudent(?:en)?|interns?|temps?|trainees?|seasonal (?:workers?|staff))\\b|"
			+ "(?:loopt|lopen)(?: [\\p{L}\\d'’().,-]+){0,8} stage\\b|"
			+ "(?:placement|work experience) students? (?:coming|arriving|starting|joining)|"
			+ "(?:toevoegen|aanmelden|add|set up|register) (?:\\p{L}+ ){0,3}(?:als|as) (?:an? |een )?(?:uitzendkracht|"
			+ "vakantiekracht|seizoenskracht|invalkracht|oproepkracht|stagiair|stagiaire|temp|intern|trainee)\\b|"
			// "Please add Kofi Boateng as a bearer from Saturday": any job, with its
			// first day
			+ "(?:toevoegen|aanmelden|add|register) (?:\\p{L}+ ){1,3}(?:als|as) (?:an? |een )?[\\p{L}-]+"
			+ "(?=[^.;!?\\n]{0,40}\\b(?:from|starting|as of|per|vanaf|met ingang van)\\b)|"
			// "Vanaf 1 maart hebben we een mbo-stagiaire", "we have two interns from …",
			// "we're getting an intern from the local college: …",
			// "Onze kerstkrachten 2026 zijn A en B"
			+ "(?:hebben|krijgen) (?:we|wij)(?: [\\p{L}\\d'’.-]+){0,4}? (?:een|twee|drie|vier) (?:[\\p{L}-]+ )?"
			+ "[\\p{L}-]*(?:kracht|stagiaire?|werkstudent)\\b|"
			+ "we(?:'ve| have| will have|'ll have|(?:'|’)re getting| are getting| get| will get|'ll get) (?:got )?"
			+ "(?:[\\p{L}\\d'’.-]+ ){0,4}?(?:an?|two|three) (?:[\\p{L}-]+ )?(?:interns?|temps?|trainees?)\\b|"
			// one temp set over its name too: "winterkracht: Stan Rijnders helpt …"
			+ "(?:(?:onze|our|de|the) )?[\\p{L}-]*(?:krachten|kracht(?=: )|stagiaires|stagiairs|interns|temps|trainees|"
			+ "invallers|extra handen|extras|seasonal help(?:ers)?)(?: (?:voor|for|in|bij|at|op|van|of|from|uit) "
			// the words of the heading may be joined: "bar wintermarkt-terras"
			+ "(?:de |het |the |our |onze? )?[\\p{L}'’-]+(?: [\\p{L}'’-]+){0,2}| [\\p{L}\\d-]+){0,2}"
			// their stay said in the heading: "vanaf maandag 14 december:", "(19 Dec–4
			// Jan):"
			// (the match ends inside the brackets: no word boundary after them)
			+ "(?: (?:vanaf|per|from|starting|m\\.i\\.v\\.) [\\p{L}\\d ./-]{1,25}?| \\([^)\\n]{0,29}[\\p{L}\\d](?=\\)))?"
			+ "(?: (?:zijn|are)(?= (?-i:\\p{Lu}))|\\)?(?=: (?-i:\\p{Lu}))|(?=\\): (?-i:\\p{Lu}))"
			// or over a list of names below it: "Stagiairs van het ROC vanaf 11
			// januari:⏎•
			// Bas Meijer"
			+ "|\\)?(?=:[ \\t]*\\n\\s*(?:[•·*–-]\\s*)?(?-i:\\p{Lu}\\p{Ll}+ \\p{Lu})))";

	/**
	 * A joiner told without a start verb: "our new night porter is Callum Reid", "de
	 * nieuwe koster van de Grote Kerk is …", "new lab assistant Arjun Rao will come …",
	 * "new in my team from 4 January: …", "vanaf 1 februari hebben we versterking: …",
	 * "nieuwe hulp in de keuken, naam is …", "we've got a new bar manager, …".
	 */
	static final String NO_VERB = "(?:our|the|onze|de|het) (?:new|nieuwe) " + NOT_A_JOB
			+ "(?-i:(?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+)(?: (?:at|in|of|for|van|bij|op|voor) (?:the |our |de |het |onze? )?"
			+ "[\\p{L}-]+(?: [\\p{L}-]+){0,2}?)? (?:is|wordt|will be)(?= (?:(?:mrs|mr|ms|dr|mevrouw|meneer|de heer)\\.? )?"
			+ "(?-i:\\p{Lu}))|"
			// a chat line opened by a new job, a name and a day in lower case: "nieuwe
			// baanmarshal mila hendrix per 19 dec"
			+ "(?-i:(?<=^)(?:new|nieuwe) )" + NOT_A_JOB + "(?-i:[\\p{Ll}-]+)"
			+ "(?=(?-i: [\\p{Ll}-]+){2,3} (?:per|vanaf|from|starting|op|on) [\\p{L}\\d])|"
			// "new lab assistant Arjun Rao": a job said new right before a full name
			+ "(?:(?<=^)|(?<=\\b(?:our|a|the|onze|een|de|het) ))(?:new|nieuwe) " + NOT_A_JOB
			+ "(?-i:(?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+)(?= (?-i:\\p{Lu}\\p{Ll}+ (?:(?:van|de|der|den|ter|el|al) )*\\p{Lu}))|"
			+ "(?:hebben|krijgen) (?:we|wij) (?:[\\p{L}\\d'’-]+ ){0,3}?versterking\\b|"
			// "our library has a new information specialist, Mrs. Katharina Vogelsang"
			+ "(?:has|have|got|gets|get|heeft|hebben|krijgt|krijgen) (?:a|an|een) (?:new|nieuwe) " + NOT_A_JOB
			+ "(?-i:(?:[\\p{Ll}-]+ ){0,2}[\\p{Ll}-]+),? (?=(?:(?:mrs|mr|ms|dr|mevrouw|meneer|de heer)\\.? )?(?-i:\\p{Lu}))|"
			+ "versterking(?: (?:voor|in|bij|op) [\\p{L}\\d -]{1,30}?)?(?=\\s*:)|"
			+ Behind.then("\\bnieuwe?\\b[^.;!?\\n]{1,60}", "(?:haar |zijn |hun )?naam is\\b") + "|"
			+ Behind.then("\\bnew\\b[^.;!?\\n]{1,60}", "(?:(?:his|her|their) )?name is\\b");

	/**
	 * Joining said in everyday words: "we've just signed …", "welcoming … to the team",
	 * "say hello to …".
	 */
	static final String WELCOMED = "welcoming|(?:we(?:'ve| have)?|just|have|has) (?:just )?signed(?= (?-i:\\p{Lu}))|"
			+ "say (?:hello|hi) to|zeg (?:hallo|hoi|gedag) (?:tegen|to)";

	/** Not a job set against the one held: "… rather than as an account manager". */
	private static final String NOT_INSTEAD = "(?![^.;\\n]{0,80}\\b(?:rather than|instead of|in plaats van|not as|"
			+ "niet (?:meer )?als)\\b)";

	/**
	 * Words, then up to max more of their sentence, whose dots may be a date's or a
	 * title's: "from the 01.03.2027 Mr. Stefan Krüger works for us as". Each branch has a
	 * bounded length, as a look back needs.
	 */
	private static String sentenceAfter(String words, int max) {
		String rest = "[^.;\\n]{3," + max + "}";
		return words + "(?:" + rest + "|\\s+(?:the\\s+|de\\s+)?\\d{1,2}\\.\\d{1,2}\\.(?:\\d{2,4})?"
				+ "(?:[^.;\\n]{0,20}\\b(?:Mrs?|Ms|Dr|dhr|mevr))?(?:\\.)?" + rest
				+ "|[^.;\\n]{0,40}\\b(?:Mrs?|Ms|Dr|dhr|mevr)\\." + rest + ")";
	}

	/**
	 * Work said ahead with a plain verb: "Met ingang van 1 februari is mevrouw … werkzaam
	 * als", "vanaf maandag werkt Joey Tan als …", "from 4 January she'll work as …",
	 * "will come to the office on", "she'll be one of our carers". Weak, as a mover is
	 * said so too.
	 */
	static final String WORKS_AHEAD = Behind.then(sentenceAfter("\\b(?:vanaf|per|met ingang van|m\\.i\\.v\\.)\\b", 60),
			"\\bwerkzaam (?=(?:als|bij|in|op)\\b)") + "|"
	// "Vanaf volgende week maandag werkt Joey Tan als leerling-kapper", "From
	// Monday Joey Tan works as a junior stylist": the verb, then the name and job
			+ Behind.then(sentenceAfter("\\b(?:vanaf|per|met ingang van|m\\.i\\.v\\.)\\b", 40), "\\bwerkt")
			+ "(?= (?-i:\\p{Lu})[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,4} als\\b)" + NOT_INSTEAD + "|"
			+ Behind.then(sentenceAfter("\\b(?:from|starting|as of)\\b", 60),
					"(?:\\bworks|\\bwill work|'ll work)(?: (?:for|with|by) us)? as\\b")
			+ NOT_INSTEAD + "|(?:will|shall|is going to) come (?:in)?to (?:the |our )?(?:office|kantoor)\\b|"
			// the verb first, the day after: "Kai Nakamura werkt bij ons vanaf dinsdag"
			+ "(?:werkt|werken) (?:bij ons|hier|voor ons) (?=vanaf\\b)|"
			// and learners' English after "bei uns", "bij ons": "will work at us from"
			+ "(?:works|will work) (?:for|with|at|by) us (?=from\\b)|"
			+ "(?:will be|'ll be|is|wordt) (?:one of our|een van onze|één van onze)\\b|"
			// what they will do, where, and then as what: "Vanaf maandag staat Bo Dijk
			// achter de kassa in de kantine, als invalkracht", "From Monday Amy Hart
			// works in the kitchen of our Leeds hotel as a relief cook"
			+ Behind.then(sentenceAfter("\\b(?:vanaf|per|met ingang van|m\\.i\\.v\\.)\\b", 40),
					"\\b(?:staat|zit|rijdt|draait|helpt|werkt|bezorgt|kookt|tapt|schenkt)")
			+ "(?![^.;:\\n]{0,80}\\b(?:niet|geen|nog|weer)\\b)"
			+ "(?= (?-i:\\p{Lu})[\\p{L}'’-]*(?: [\\p{L}'’-]+){0,3} [^.;:\\n]{1,60}?,? als\\b)" + NOT_INSTEAD + "|"
			+ Behind.then("\\b(?:from|starting|as of)\\b[^.;\\n]{3,60}",
					"\\b(?:works|will work|'ll work|stands|will stand|will be working)")
			+ "(?![^.;:\\n]{0,80}\\b(?:no|not|still|again|no longer)\\b)(?= [^.;:\\n]{1,60}?,? as\\b)" + NOT_INSTEAD;

	private JoinerWords() {
	}

}
