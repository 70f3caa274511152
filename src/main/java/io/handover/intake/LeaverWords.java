package io.handover.intake;

/**
 * Leaving said the way managers say it beyond the plain verbs: Dutch separable and
 * idiomatic verbs ("zwaait … af", "houdt het voor gezien", "kapt ermee", "gaat de deur
 * uit", "verruilt ons voor"), formal HR nouns ("einde dienstverband", "uitgeschreven"), a
 * job elsewhere ("gaat elders aan de slag", "moves on to another company"), which starts
 * nothing here, a death, employment denied ("niet langer in dienst") and work done with
 * us ("is per vandaag klaar bij ons").
 */
final class LeaverWords {

	/** What a person can belong to: "ons team", "onze vereniging", "het bedrijf". */
	private static final String BODY = "(?:[\\p{L}-]*team|bedrijf|organisatie|vereniging|afdeling|club|school|praktijk|"
			+ "firma|personeel|staf|groep|maatschap|onderneming|instelling|stichting|vzw|zaak|winkel|kantoor|company|"
			+ "organi[sz]ation|staff|firm|club)\\b";

	/** A workplace of another employer, never one of our units. */
	private static final String EMPLOYER = "(?:salon|kapsalon|restaurant|hotel|bakkerij|winkel|zaak|praktijk|ziekenhuis|"
			+ "kliniek|school|universiteit|bedrijf|werkgever|concurrent|firma|garage|apotheek|supermarkt|café|studio|"
			+ "bureau|installateur|aannemer|practice|hospital|clinic|university|bakery|shop|firm|company|competitor|"
			+ "rival|agency|band|theatre|theater|pharmacy|supermarket|employer|werf|scheepswerf|shipyard|yard|rederij)\\b";

	/**
	 * A few words with a capitalised one among them: the name in "we laten Tom Vos per
	 * maandag gaan".
	 */
	private static final String NAMED_BETWEEN = "(?:[\\p{L}\\d'’.-]+ ){0,3}?(?-i:\\p{Lu})[\\p{L}'’.-]*"
			+ "(?: [\\p{L}\\d'’.-]+){0,4}?";

	/** Alternatives for an intent pattern, matched case-insensitively on word bounds. */
	static final String EVERYDAY = "(?:zwaait|zwaaien|zwaaide|zwaaiden)(?: [\\p{L}\\d'’()-]+){0,9} af|afzwaaien|"
			// "gaat per 1 april met vroegpensioen"; a professor's retirement: "gaat met
			// emeritaat", "becomes emeritus"
			+ "vroegpensioen|prepensioen|brugpensioen|emeritaat|(?:becomes|will become|goes|going) emerit(?:us|a)|"
			+ "voor gezien|(?:kapt|kappen|kapte|stopt|stoppen) er ?mee|(?:gaat|gaan)(?: [\\p{L}\\d'’()-]+){0,6} de deur uit|"
			+ "(?:verruilt|verruilen|verruilde)(?: [\\p{L}\\d'’()-]+){0,6} voor (?:een )?(?:andere?|nieuwe?) "
			+ "(?:werkgever|baan|job|bedrijf|organisatie|uitdaging)|"
			// a job elsewhere, not a former employer ("werkte eerder bij een ander
			// bedrijf")
			+ "elders (?:aan de slag|aan het werk|werken|verder)|"
			// a learner's "gaat weg van ons bedrijf": away from the whole firm, never a
			// unit of it ("gaat weg van team Noord naar …" is a move)
			+ "(?:gaat|gaan|ging|gingen)(?: [\\p{L}\\d'’()-]+){0,6} weg (?:van|uit|bij) (?:ons|onze|het|de|our|the) "
			+ "(?:bedrijf|organisatie|firma|onderneming|zaak|company|firm|organi[sz]ation)\\b|elders (?:een )?(?:nieuwe )?(?:baan|functie|job)\\b|"
			+ "(?:gaat|gaan|begint|beginnen|start|starten|vertrekt|vertrekken)(?: [\\p{L}\\d'’()-]+){0,8} "
			+ "(?:bij|naar) een (?:ander|andere|nieuwe) (?:bedrijf|werkgever|organisatie)|"
			// done with us: "is per vandaag klaar bij ons", "is done with us from Friday"
			+ "(?:is|zijn|are)(?: (?!(?:niet|nog|not|bijna|almost)\\b)[\\p{L}\\d'’.-]+){0,4} (?:klaar bij ons|done (?:with us|here))\\b|"
			// "is not working anymore with us from 11 december"; in a learner's order and
			// words, "is not anymore working by us"
			+ "(?:is|are) not (?:working|employed)(?: (?:here|with us|for us|by us))? any ?more(?: (?:here|with us|for us|by us))?|"
			+ "(?:is|are) not any ?more (?:working|employed)\\b|"
			// "will not work anymore by our company after 15.01."
			+ "(?:will not|won't|will no longer|does not|doesn't) work(?: (?:here|with us|for us|by us))? "
			+ "(?:any ?more|no more)?(?: (?:by|at|for|with) (?:us|our (?:company|firm|organi[sz]ation)))?(?= |,|\\.)|"
			// "stops on 15 January", "stops at the end of the month": a day follows
			+ "stops(?= (?:on|per|at the end|after|next|this|tomorrow|today|in (?:january|february|march|april|may|"
			+ "june|july|august|september|october|november|december)|with us|here)\\b"
			// a chat's day as it is typed: "stops fri 18 dec", "stops 31/12", "stops 18
			// dec"
			+ "| (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|"
			+ "sunday)\\.?,? \\d{1,2}\\b| \\d{1,2}(?:/\\d{1,2}|[ -](?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|"
			+ "dec)\\p{L}*)\\b)|"
			+ "(?:gaat|gaan|vertrekt|vertrekken|stapt|stappen)(?: [\\p{L}\\d'’()-]+){0,8} (?:over )?(?:naar|bij) "
			+ "(?:de|een) concurrent|(?:goes|leaves|moves|switches|is going|is leaving|is moving)(?: [\\p{L}\\d'’()-]+){0,8} "
			+ "to (?:a|the|our) competitor|"
			// "kun je haar uit de systemen halen?": what is done for a leaver
			+ "uit (?:de|alle|onze) systemen (?:halen|gehaald|verwijderen|verwijderd)|"
			+ "(?:accepted|found|taken|taking|got|new) (?:a |an )?(?:new )?(?:job|role|position|post) elsewhere|"
			+ "(?:leav\\w*|mov\\w*(?: on)?|go(?:es|ing)?|head\\w*|switch\\w*|join\\w*) (?:to |for )?"
			+ "(?:another|a new|a different) (?:company|employer|organi[sz]ation|firm)|mov(?:es|e|ed) on|"
			+ "einde (?:van (?:het |de |haar |zijn )?)?(?:dienstverband|contract|arbeidsovereenkomst)|"
			+ "end of (?:(?:his|her|their|the|a) )?(?:(?:fixed[- ]term|temporary|seasonal) )?(?:employment|contract)|uitgeschreven|"
			// a traineeship or a contract rounded off: "rondt haar stage af op 22
			// december"
			+ "(?:rondt|ronden|rondde|rondden)(?: [\\p{L}\\d'’-]+){0,5} (?:stage|contract|dienstverband|detachering|"
			+ "inhuur|opdracht)(?: [\\p{L}\\d'’-]+){0,5} af\\b|"
			+ "(?:complet(?:e|es|ed|ing)|finish(?:es|ed|ing)?|wrap(?:s|ped|ping)? up) (?:his|her|their) (?:internship|placement|"
			+ "traineeship|secondment)\\b|" + "exit(?:s|ed|ing)? (?:the|our) (?:company|organi[sz]ation|business)|"
			+ "(?:won't|will not|isn't|is not) (?:be )?with us (?:after|any ?more|beyond|from)|"
			+ "(?:off|gone|leaving|leaves|left) for good|"
			// not coming back (after a suspension, sent home); a request to close
			// what a starter gets; a contract or a job finished with us, also as
			// non-native
			// writers say it ("finish his job as sound technician with us")
			+ "(?:komt|komen|keert|keren)(?: [\\p{L}\\d'’-]+){0,5} niet (?:meer )?terug|"
			+ "(?:is|are)(?: not|n't) coming back|(?:won't|will not) be (?:coming back|returning)|"
			+ "(?:won't|will not|does not|doesn't) (?:come back|return)\\b(?! (?:from|after)\\b)|"
			+ "(?:closure|closing|deactivation|removal|deletion|blocking|shutdown|afsluiting|opheffing|blokkering|"
			+ "verwijdering) (?:of|van) (?:(?:his|her|their|the|all|zijn|haar|hun|de|alle) )?(?:[\\p{L}'’-]+ ){0,3}"
			+ "(?:accounts?|access|logins?|mailbox|e-?mail|toegang|inlog)|"
			+ "complet(?:e|es|ed|ing) (?:his|her|their) (?:contract|employment|service)|"
			// a contract of a kind finished on its day: "finish their project contracts
			// on"
			+ "finish(?:es|ed|ing)? (?:his|her|their) (?:project|temporary|temp|fixed-term|seasonal|holiday) "
			+ "contracts? (?:on|per|at|by)\\b|"
			+ "(?:contract|employment|dienstverband)(?-i: [\\p{Ll}'’]+){0,3} (?:ended|expired|ran out)|"
			+ "finish(?:es|ed|ing)? (?:his|her|their) (?:job|work|contract|employment)(?: as [\\p{L} -]{1,30}?)? "
			+ "(?:with us|here|with the|at the|at our|for us|"
			// "finish his work in our company at 31.01.2027"
			+ "in (?:our|the) (?:company|organi[sz]ation|firm|business))\\b|"
			// learners' English: "he stop to work by us", "finish her work by us"
			+ "(?:stop|stops|stopped|finish|finishes|finished)(?: to)?(?: (?:his|her|their|the))? (?:work|working|job) "
			+ "(?:by|with|at|for) us\\b|"
			// "hij werkt hier dus nog tot die tijd", "tot die datum werkt ze nog hier"
			+ "(?:werkt|werken) (?:hier |bij ons )?(?:(?:dus|nog|dan|wel|gewoon) )+tot\\b|"
			+ "tot (?:die|dat|deze) (?:datum|tijd|dag|moment) (?:werkt|werken|blijft|blijven) (?:hij|ze|zij|hun)? ?(?:nog )?"
			+ "(?:hier|bij ons)|"
			// a death
			+ "overleden|overlijden|overleed|gestorven|stierf|heengegaan|ingeslapen|passed away|pass(?:es|ing) away|"
			+ "died|deceased|death of|has died|"
			// a death told as a noun before the one who died: "the passing of Mrs Agnes
			// Dubois", "the sudden passing of our colleague"
			+ "passing of(?= (?:our |(?:mr|mrs|ms|dr)\\.? )?(?-i:\\p{Lu}))|passing of (?:our|my) (?:dear )?colleague|"
			// killed in an accident: "is gisteren bij een ongeluk om het leven gekomen"
			+ "om het leven (?:is )?gekomen|omgekomen|verongelukt|(?:was|were|got) killed|"
			// walked out, told with its day: "walked out on Monday and never came back"
			+ "walked (?:out|off)(?= (?:on|last|yesterday|this)\\b)|"
			// stopped, told with its day: "maria santos stopped last friday"
			+ "(?:has |have )?stopped(?= (?:last|on|yesterday|today|this)\\b)|"
			// a loss to us: "in three weeks we lose Henry Palmer", "we verliezen Eva"
			+ "we (?:lose|are losing|'re losing|will lose|verliezen)(?= (?-i:\\p{Lu}))|"
			// denied employment: "niet langer in dienst", "no longer with the company"
			+ "niet (?:langer|meer) (?:in dienst|werkzaam|verbonden|bij ons|bij het bedrijf)|"
			+ "no longer (?:be )?(?:with|at|part of) (?:the|our) (?:company|organi[sz]ation|team|business|firm)|"
			+ "no longer (?:be )?employed|"
			// stepping down, let go, a formal end: "is stepping down as chair", "we've
			// had
			// to let Jonah Beck go", "will conclude her employment with"
			// not when the same sentence moves them into a job of ours: "steps down as
			// head
			// of quality; from 1 April he moves to our Ghent plant"
			+ "step(?:s|ping|ped)? down(?![^.!?\\n]{0,80}\\b(?:moves?|moving|goes|going|switches|transfers?) "
			+ "(?:over )?(?:to|into) (?:our|the|ons|onze)\\b)|treedt (?:per [\\p{L}\\d ]{1,20} )?af|aftreden|"
			+ "(?:had|have|has|'ve|must|decided|going) to let(?: [\\p{L}'’.-]+){1,5} go\\b(?! (?:ahead|through|over))|"
			+ "(?:we|i)(?:'ve| have)? let(?: [\\p{L}'’.-]+){1,5} go\\b(?! (?:ahead|through|over))|"
			// said as under way: "We are letting Tom Vos go on Monday", "we laten Tom Vos
			// per 1 januari gaan", "we moeten Tom Vos helaas laten gaan"
			+ "(?:are|am|is|'re|’re|will be) letting(?: [\\p{L}'’.-]+){1,5} go\\b(?! (?:ahead|through|over))|"
			// "We're letting go of Tom Vos", "had to let go of our cook Ann Lee"
			+ "(?:letting|let) go of (?:(?:our|the) [\\p{L}-]+ )?(?-i:(?=\\p{Lu}))|"
			// (a name between, capitalised: not "we laten je weten wanneer we gaan")
			+ "(?:(?:we|wij|ik) (?:laten|laat|lieten)|(?:laten|lieten) (?:we|wij)) " + NAMED_BETWEEN
			+ " gaan\\b(?! \\p{Ll}+en\\b)|(?:we|wij|ik) (?:moeten|moesten|hebben|gaan) " + NAMED_BETWEEN
			+ " (?:moeten )?laten gaan\\b|"
			+ "conclud(?:e|es|ed|ing)(?: (?:his|her|their|the))? (?:employment|contract|service|dienstverband)|"
			// relieved of the work, in formal English: "shall be relieved from his duties
			// with effect from", "is relieved of duty"
			+ "relieved (?:from|of) (?:(?:his|her|their|all) )?(?:duties|duty|services|service|position|post)\\b|"
			// a leaving put off by a stay longer: "blijft een maand langer, tot 31
			// januari", "stays two weeks longer, until 15 January"
			+ "(?:blijft|blijven|stays?|staying|remains?)(?: (?:nog|still|even|een|a|an|\\p{L}+ (?:weken|week|maand|"
			+ "maanden|weeks?|months?|dagen|days?)|(?:weken|week|maand|maanden|weeks?|months?|dagen|days?))){0,3} "
			+ "(?:langer|longer),? (?:(?:hier|bij ons|here|with us|nog|dan|on) )*(?:tot|until|till|t/m)\\b|"
			// a stay agreed until a day, and one's successor trained: the leaving is then
			// ("has agreed to stay until 31 January to train his successor", "blijft tot
			// 31 januari om zijn opvolger in te werken"); not a successor who starts
			+ "(?:has |have |had )?(?:agreed|agrees|decided|decides|offered|offers) to stay(?: on)?"
			+ "(?: (?:here|with us|a bit longer|a little longer|longer))? (?:until|till)\\b|"
			+ "(?:train|trains|training|trained|coach|coaches|coaching|onboard|onboards|onboarding|induct|inducts|"
			+ "inducting|hand over to|hands over to|handing over to|show|shows|showing) (?:his|her|their) "
			+ "(?:successor|replacement)\\b|(?:zijn|haar|hun) (?:opvolger|opvolgster|vervanger|vervangster) "
			+ "(?:in te werken|inwerken|inwerkt|op te leiden|opleiden|opleidt|te begeleiden|begeleiden|begeleidt|"
			+ "wegwijs (?:te )?maken|wegwijs maakt)\\b|"
			// a dismissal in the active voice, its person next: "we had to dismiss Jordan
			// Blake", "we are sacking our driver Ann Lee", "had to fire him"; "we ended
			// the contract of …", "ended her employment"
			+ "(?:dismiss|sack)(?:es|ing)?(?= (?:(?:our|the|a|an|his|her) [\\p{L}-]+ )?(?-i:\\p{Lu})|"
			+ " (?:him|her|them)\\b)|(?:had|have|has|must|will|decided|going|were|was) to fire\\b|"
			+ "(?:ended|ending|end|ends|terminated) (?:the|his|her|their) (?:[\\p{L}-]+ )?(?:contract|employment)s?\\b|"
			+ "cut(?: off)? (?:his|her|their|all) (?:access|accounts?|logins?)|"
			// a clinician's last session, and a next employer that is no team of ours:
			// "last
			// clinic with us", "laatste spreekuur", "moving to a practice in Leiden"
			+ "(?:last|final) (?:clinic|surgery|session|consultation|lesson|class|rounds?)(?: [\\p{L}'’]+){0,2} "
			+ "(?:with us|here|at (?:the|our))|laatste (?:spreekuur|consult|praktijkdag|les)\\b|"
			+ "(?:moving|moves|move|going|goes|gaat|verhuist) (?:on )?(?:to|naar) (?:a|an|another|een|een andere) "
			+ "(?:practice|hospital|clinic|school|university|praktijk|ziekenhuis|kliniek|school|universiteit)|"
			// "gaat Mirre Kokkelink, verkoper, bij ons weg": the separable verb around an
			// apposition
			// belonging no more, said formally: "is geen lid meer van ons team", "maakt
			// na 31
			// maart geen deel meer uit van onze vereniging", "niet langer deel uitmaakt
			// van"
			+ "geen (?:onderdeel|deel|lid) meer (?:uit )?van (?:ons|onze|het|de|the|our) " + BODY + "|"
			+ "(?:maakt|maken)(?: [\\p{L}\\d'’().-]+){0,6} (?:geen|niet (?:langer|meer)) deel (?:meer )?uit van|"
			+ "niet (?:langer|meer) deel uit(?:maakt|maken)? van|"
			// "is per 1 maart weg bij ons", "is gone from 1 February": gone, whatever
			// comes
			// next ("hij gaat bij een installateur aan de slag")
			+ "weg bij ons(?! ?(?:team|afdeling|kantoor|op|in|als)\\b)|(?:is|are|will be|'s) gone (?:from|by|after|as of|per)|"
			// the last of any event with us: "final gig with us", "last show with us"
			+ "(?:last|final) (?!years?\\b|time\\b)[\\p{L}-]+ with us(?! (?:was|were)\\b)|"
			// a next employer that is a firm, not a unit of ours: "gaat per 1 maart naar
			// een
			// salon in Tilburg", "goes to a restaurant in Leeds"
			+ "(?:gaat|gaan|moving|moves|move|going|goes|verhuist|vertrekt)(?: [\\p{L}\\d'’().-]+){0,5} (?:to|naar) "
			+ "(?:a|an|een|another|a different|een andere?) (?:[\\p{L}-]+ )?" + EMPLOYER + "|"
			+ "(?:gaat|gaan|ging|gingen)(?: [\\p{L}\\d'’()-]+){0,5},(?:,? [\\p{L}\\d'’()-]+){1,6},? weg(?! van)"
			+ "(?! bij (?:het |de |the )?[\\p{L}-]+(?: [\\p{L}-]+)?,? (?:en |and )?(?:komt|begint|start|gaat|stapt|wordt)\\b)";

	/**
	 * Access asked to be taken away in the passive, as a late report of a leaving asks
	 * it: "her login can be removed", "zijn pas mag worden ingetrokken", "haar account
	 * mag verwijderd worden", "badge en account mogen dicht". Weaker than a leaving word,
	 * so a move (an old account closed) still wins.
	 */
	static final String ACCESS_TO_GO = "(?:account|accounts|login|logins|inlog|pas|pasje|badge|access|toegang)"
			+ "(?: [\\p{Ll}]+){0,2}? (?:can|may|mag|kan|moet|mogen|kunnen|moeten|should|must)(?: (?:now|nu|also|ook|wel))?"
			+ " (?:(?:be|worden) )?(?:removed|deleted|revoked|closed|disabled|deactivated|blocked|verwijderd|ingetrokken|"
			// "badge en account mogen dicht"
			+ "afgesloten|geblokkeerd|gedeactiveerd|opgeheven|dicht(?:gezet|gedaan)?)(?: worden)?|"
			// a finish told of the past, with its day: "wrapped up on 29 November"
			+ "(?:finished|wrapped up)(?: (?:here|with us))? (?:on|last|yesterday)\\b";

	/** What a leaver hands in: "laptop", "badge", "sleutels", "gsm". */
	private static final String THINGS = "(?:laptops?|phones?|telefoons?|toestel(?:len)?|gsm'?s?|badges?|passes|pas(?:je)?|"
			+ "keys?|sleutels?|equipment|spullen)";

	/**
	 * A leaving said by what happens to the leaver's things: "please arrange laptops to
	 * be returned", "Jack's laptop has to be handed in", "zijn laptop en pas moeten
	 * worden ingeleverd", "kunnen jullie haar laptop innemen", "wipe his laptop". Not
	 * what is handed out or picked up, which a starter gets, nor a question whether it
	 * must be handed in (during a leave, an illness).
	 */
	static final String THINGS_BACK = THINGS + "(?: (?:en|and|&|,) (?:(?:een|a|de|het|the|his|her|zijn|haar) )?"
			+ THINGS + ")* (?:(?:can|must|should|needs? to|have to|has to|will|moet(?:en)?|mag|mogen|kan|kunnen|zal|"
			+ "zullen)(?: (?:now|nu|also|ook|dan|then))? )?(?:(?:to )?be |worden )?(?:returned|handed in|handed back|"
			+ "given back|wiped|ingeleverd|ingenomen|teruggegeven|retour)(?: worden)?"
			// not a question whether it must ("Moet haar laptop ingeleverd worden?")
			+ "(?![^.!?\\n]{0,60}\\?)|(?:wipe|take back|hand in|"
			+ "return|innemen|inleveren|inzamelen|terugnemen)(?: (?:the|de|het|his|her|their|zijn|haar|hun))? (?:[\\p{L}'’-]+ ){0,2}?"
			+ THINGS + "\\b|"
			// Dutch puts the verb last: "de laptop van Ruud Bakker innemen"
			+ THINGS + "(?: [\\p{L}'’-]+){1,4} (?:(?:innemen|inleveren|inzamelen|terugnemen|terugbrengen)\\b|"
			+ "(?:ingeleverd|ingenomen|teruggegeven)\\b(?![^.!?\\n]{0,60}\\?))";

	/**
	 * When a dismissal came: "within his probation period", "in zijn proeftijd", "after
	 * his trial period". It says no start of a temp: read as no intent at all.
	 */
	static final String IN_PROBATION = "(?:during|in|within|after|tijdens|binnen|na) (?:(?:his|her|their|the|zijn|haar|hun|de) )?"
			+ "(?:probation(?:ary)?(?: period)?|trial period|proeftijd)";

	/**
	 * A leaving denied on its own, with no other day for it: "is not leaving, she moves
	 * to …", "vertrekt niet; hij gaat per 1 februari naar …". Read as no intent, so the
	 * words after it say the kind ({@link CalledOff} reads a denial with nothing after).
	 */
	static final String DENIED = "(?:(?:is|are) not|(?:isn't|aren't|isn’t|aren’t)) leaving(?: us)?(?= *[,;:.!—–-]| *$)|"
			+ "(?:vertrekt|vertrekken|gaat|gaan) (?:(?:dus|toch|helaas|echt) )*niet(?: weg)?(?= *[,;:.!—–-]| *$)";

	/**
	 * Work stopped because of a new job just said: "wordt per 1 februari locatiemanager
	 * en stopt daarmee met de zorgdiensten", "Ze stopt dan met programmeren". The "dan"
	 * or "daarmee" points at the move; stopping with work as a whole stays a leaving.
	 */
	static final String STOPS_FOR_THE_MOVE = "(?:stopt|stoppen|stops|stop)(?: (?:dan|daarmee|daarbij|daardoor|then))+"
			+ " (?:(?:ook|also) )?(?:met|with)\\b(?! (?:werken|work|working|(?:zijn|haar|his|her) (?:werk|work|job|baan))\\b)|"
			// or in a unit, the new job right after: "stopt op de receptie en wordt"
			+ "(?:stopt|stoppen)(?= (?:per|op|vanaf|met ingang van) [^.;!?\\n]{1,25}? (?:op|in|bij) (?:de|het) "
			+ "[\\p{L}-]+ en (?:wordt|worden|gaat|gaan)\\b)";

	/**
	 * A successor trained after the job held is said beside a new one: "Per 1 maart wordt
	 * Ilse Dorp, nu analist, teamleider. Ze werkt haar opvolger in." The successor is the
	 * old job's; the move stays a move.
	 */
	static final String SUCCESSOR_OF_THE_OLD_JOB = Behind.then("\\b(?:nu|now|currently)\\b[^\\n]{0,160}",
			"(?:zijn|haar|hun) (?:opvolger|opvolgster) (?:in te werken|inwerken|inwerkt)\\b|"
					+ "(?:train|trains|training) (?:his|her|their) successor\\b");

	/**
	 * A successor trained, and nothing of a leaving said with it: the Dutch verb split
	 * around the successor ("Lisa werkt volgende week haar opvolger in"), or a move said
	 * after the training ("trains her successor … and then moves to the Leeds office").
	 * The training is no leaving, nor is the successor named a starter; a leaving or a
	 * move said elsewhere gives the kind and its day.
	 */
	static final String TRAINS_A_SUCCESSOR = "(?:werkt|werken)(?: [\\p{L}\\d'’-]+){0,5}? (?:zijn|haar|hun) "
			+ "(?:opvolger|opvolgster|vervanger|vervangster) in(?=\\s*(?:[.,;:!?)\\n]|$|(?:en|and|voor|tot)\\b))|"
			+ "(?:(?:train|trains|training) (?:his|her|their) (?:successor|replacement)|(?:zijn|haar|hun) "
			+ "(?:opvolger|opvolgster) (?:in te werken|inwerken|inwerkt))\\b"
			+ "(?=[^\\n]{0,80}?\\b(?:then|afterwards|after that|daarna|vervolgens)\\b[^.;!?\\n]{0,20}?"
			+ "\\b(?:moves?|moving|switch(?:es)?|transfers?|goes|gaat|stapt|wordt|becomes)\\b)";

	private LeaverWords() {
	}

}
