package io.handover.intake;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A start called off: "De start van de nieuwe kok in Oss gaat niet door", "de monteur die
 * ik maandag doorgaf komt niet", "Gaat niet door: Iris begint toch niet bij ons", "he
 * will not be starting with us", "is not coming after all", "we cancelled the start of
 * …", "has called off", "heeft zich bedacht", a start "postponed indefinitely",
 * "uitgesteld, datum volgt", "begint later, waarschijnlijk in het voorjaar" or denied its
 * day with the new one unknown ("begint toch niet op 4 januari; de datum wordt later
 * bepaald"), a leaving put off with no day yet ("Het vertrek van X is uitgesteld;
 * einddatum nog onbekend"), a leaving taken back ("is not leaving after all", "gaat toch
 * niet weg", "het ontslag van X is ingetrokken"). Put off to a day told after it ("… is
 * uitgesteld. Ze begint nu op 11 januari"), it still holds, on that day. The person of
 * that sentence joins or leaves no one; a message with no one else announces no one. Not
 * a date taken back ("4 januari gaat niet door", "begint niet op 4 maar op 11 januari"),
 * which {@link DateCorrections} reads.
 */
final class CalledOff {

	/** Put off: "postponed", "uitgesteld", "schuift op", "is opgeschoven". */
	private static final String PUT_OFF_WORDS = "(?:postponed|pushed back|put off|delayed|moved|uitgesteld|opgeschort|"
			+ "verplaatst|verzet|later than (?:planned|expected)|later dan (?:gepland|verwacht)|"
			+ "opgeschoven|verschoven|schuift op|verschuift|schuift)";

	private static final String NOT = "(?:(?:toch|dus|helaas|alsnog|echt|voorlopig|nog) )*(?:niet|not)";

	/**
	 * A date said to be unknown yet: "date to be confirmed", "new date TBC", "datum
	 * volgt", "nieuwe datum nog onbekend".
	 */
	private static final String UNKNOWN_DATE = "(?:(?:the |a |new |exact |precise |final |nieuwe |exacte |precieze |"
			+ "definitieve |de )*(?:date|datum|startdatum|"
			+ "start date|einddatum|end date|last day) (?:(?:is |still |nog |wordt )*(?:to be confirmed|to be decided|"
			+ "to be agreed|tbc|tba|tbd|to follow|unknown|not (?:yet )?known|not set|volgt|onbekend|niet bekend|"
			+ "nader te bepalen|(?:to be |will be |wordt )?(?:set|decided|agreed|confirmed|bepaald|vastgesteld|"
			+ "afgesproken|doorgegeven) later|later (?:bepaald|vastgesteld|afgesproken|doorgegeven)))|"
			// "No date yet.", "Nog geen nieuwe datum."
			+ "no (?:new )?(?:start |end )?date (?:yet|set|known)|nog geen (?:nieuwe )?(?:start|eind)?datum|"
			// the writer will tell it: "We'll let you know the new date", "Zodra de datum
			// bekend is laat ik het weten"
			+ "(?:we'll|we will|i'll|i will|we’ll|i’ll) (?:let you know|tell you|send you|confirm) the (?:new )?"
			+ "(?:start )?date|(?:zodra|als|wanneer) de (?:nieuwe )?(?:start)?datum bekend is|"
			+ "(?:once|when|as soon as) the (?:new )?(?:start )?date is (?:known|set|clear)|"
			// "een nieuwe datum hebben we nog niet", "we don't have a new date yet",
			// "we'll
			// agree a new date later", "wanneer precies weet ik nog niet"
			+ "(?:een )?nieuwe datum (?:hebben we|heb ik) nog niet|(?:we|i) (?:don't|don’t|do not) (?:have|know) "
			+ "(?:a|the) (?:new )?(?:start )?date yet|(?:we'll|we’ll|we will|i'll|i’ll|i will) (?:agree|set|fix|plan|"
			+ "arrange) (?:a|the) new (?:start )?date|wanneer (?:precies )?weet ik nog niet|"
			// "we don't know yet when she will start", "Wanneer wel is nog niet
			// duidelijk"
			+ "(?:we|i) (?:don't|don’t|do not) (?:yet )?know (?:yet )?when|wanneer (?:wel |precies |dan )?(?:is|wordt) "
			+ "(?:nog )?(?:niet duidelijk|onduidelijk|onbekend|niet bekend))";

	/**
	 * A start that fell through on the newcomer's side ("has signed somewhere else", "got
	 * a counter-offer", "blijft bij haar huidige werkgever", "failed the medical", "is
	 * afgekeurd"), or summed up by the writer: "so no start on the 4th", "nobody starts
	 * on 1 February after all", "er begint dus niemand". Not an old job served out first
	 * ("blijft bij haar huidige werkgever tot 31 december").
	 */
	private static final String FELL_THROUGH = "(?:then |but |has |had )?changed (?:his|her|their) minds?"
			+ "(?=,? (?:so |and )?(?:he|she|they) (?:stays|is staying|will stay|remains)\\b)|"
			+ "(?:has|have|had) (?:now |since )?signed (?:somewhere else|elsewhere|"
			+ "with (?:another|a different|an other|a competitor|a rival)\\b)|"
			+ "(?:got|gets|has got|received|has received|accepted|has accepted) (?:a |an |the )?counter-?offer|"
			+ "(?:een )?tegenbod (?:gekregen|aangenomen|geaccepteerd)|"
			+ "(?:stays|is staying|will stay|remains|blijft|blijven)(?: toch| now| nu| dus)? (?:at|with|bij) "
			+ "(?:his|her|their|zijn|haar|hun) (?:current|present|old|huidige|oude) (?:job|employer|company|werkgever|"
			+ "baan|bedrijf)(?![^.;!?\\n]{0,30}\\b(?:until|till|tot)\\b)|"
			+ "(?:failed|did not pass|didn't pass|didn’t pass) (?:the|his|her|their) (?:medical|screening|"
			+ "background check|pre-employment check|drug test)|(?:is|werd|zijn|werden) (?:medisch )?afgekeurd|"
			+ "(?:keuring|screening) niet (?:gehaald|doorstaan)|"
			+ "(?:so |dus )?no (?:start|new starter)(?= (?:on|in|op|per|after all)\\b| *[.,;:!])|"
			+ "(?:nobody|no one|no-one|niemand) (?:starts|begint|will start|gaat beginnen)\\b|"
			+ "(?:begint|start) (?:er )?(?:dus |toch |helaas )*niemand\\b";

	private static final Pattern CUE = Pattern.compile("(?iu)\\b(?:" + FELL_THROUGH + "|"
	// "gaat niet door", "gaat toch niet door"; "Gaat niet door:" as a heading
			+ "(?:gaat|gaan) " + NOT + " door\\b|"
			// "komt niet", "komt toch niet", "komt niet werken"; not "komt niet meer" (a
			// leaving)
			+ "(?:komt|komen) " + NOT + "(?= *[.,;:!]| *$| bij ons| werken| naar ons|"
			// "komt toch niet als verkoopster in Zwolle", not "niet als X maar als Y"
			+ " als (?![^.;!?\\n]*\\bmaar\\b))|"
			// "gaat toch niet bij ons beginnen", "gaat niet werken bij ons"
			+ "(?:gaat|gaan) " + NOT + "(?: bij ons)? (?:beginnen|starten|werken|komen)(?= *[.,;:!]| *$| bij ons)|"
			// a newcomer who did not turn up on the first day: "zou maandag beginnen,
			// maar is niet komen opdagen", "was due to start on Monday but never showed
			// up"
			+ "(?:zou|zouden)(?: [\\p{L}\\d]+){0,3} (?:beginnen|starten|komen)[^.;!?\\n]{0,40}?\\b(?:niet (?:komen )?"
			+ "opdagen|niet (?:op)?gedaagd|niet verschenen)|(?:was|were) (?:supposed|due|meant) to (?:start|begin|join)"
			+ "[^.;!?\\n]{0,40}?\\b(?:didn't|did not|never) (?:show up|turn up|turned up|showed up|come|came|appear)|"
			// … or who found another job meanwhile: "who was going to start with us on 4
			// January as a driver, has found another job"
			+ "(?:was|were) (?:going|supposed|due|meant) to (?:start|begin|join)[^.;!?\\n]{0,70}?\\b(?:has|have|had) "
			+ "(?:found|taken|accepted) (?:another|a different|a new|an other) (?:job|position|offer)|"
			// a start denied its planned month or day, none other said: "won't start in
			// January as planned"
			+ "(?:(?:will not|won't|won’t|does not|doesn't|doesn’t) (?:be )?start(?:ing)?|(?:begint|start) " + NOT
			+ ") (?:in|op|on|per) [^.;:!?\\n]{1,20}? (?:as planned|as agreed|as expected|zoals gepland|"
			+ "zoals afgesproken|zoals verwacht)(?![^.;!?\\n]*\\b(?:but|maar)\\b)|"
			// "begint toch niet (bij ons)", not "begint niet op 4 januari maar …"
			+ "(?:begint|beginnen|start|starten) " + NOT + "(?= *[.,;:!]| *$| bij ons| met werken| at all| with us)|"
			// not on the day said, the new one unknown: "begint toch niet op 4
			// januari; de datum wordt later bepaald"
			+ "(?:(?:begint|beginnen|start|starten) " + NOT + "|(?:is|are) not starting|(?:isn't|isn’t|aren't|aren’t) "
			+ "starting|(?:will not|won't|won’t|does not|doesn't|doesn’t|can't|can’t|cannot|can not) "
			+ "(?:be )?start(?:ing)?) (?:op|on|per|as of|from) [^.;:!?\\n]{1,30}?(?= *[.,;:—–-]? *(?:(?:en|and|maar|but) )?"
			+ UNKNOWN_DATE + ")|"
			// the month or day denied and the start said to come later, with no day:
			// "begint niet in januari maar later", "won't start on Monday but later"
			+ "(?:(?:begint|beginnen|start|starten|komt|komen) " + NOT + "|(?:is|are) not (?:starting|joining|coming)|"
			+ "(?:isn't|isn’t|aren't|aren’t) (?:starting|joining|coming)|(?:will not|won't|won’t|does not|doesn't|"
			+ "doesn’t) (?:be )?(?:start|join|come)(?:ing)?) (?:in|op|on|per|from|vanaf|as of|this|next|volgende|deze) "
			// (a day told after it moves the start there: see movedToADay)
			+ "[^.;:!?\\n]{1,30}?,? (?:maar|but) (?:pas |wat |iets |a bit |somewhat |only |some time |sometime )?"
			+ "later\\b|"
			// the subject after the verb: "Helaas gaat de start van Rianne Vos
			// (baristatrainer) niet door"
			+ "(?:gaat|gaan) (?:de|het) (?:start|komst|indiensttreding|aanstelling|vertrek|uitdiensttreding)"
			+ "(?: [\\p{L}'’(),-]+){0,6}? " + NOT + " door\\b|" + "(?:is|are|'s|’s) " + NOT
			+ " (?:coming|joining|starting)(?: us| with us)?(?= after all| *[.,;:!]| *$)|"
			+ "(?:isn't|aren't|isn’t|aren’t) (?:coming|joining|starting)(?: us| with us)?(?= after all| *[.,;:!]| *$)|"
			// the newcomer pulled out: "but she has withdrawn", "hij heeft zich
			// teruggetrokken", "heeft afgehaakt"; not "withdrawn from the course"
			+ "(?:has|have|had) (?:now |since )?(?:withdrawn|pulled out|backed out|dropped out|declined the offer|"
			+ "turned (?:the offer|us) down)(?= *[.,;:!—–-]| *$| after all| at the last minute)|"
			+ "(?:withdrew|pulled out|backed out|dropped out)(?= *[.,;:!—–-]| *$| after all| at the last minute)|"
			// or called it off, changed their mind: "has called off - he took another
			// job", "ze heeft zich bedacht"
			+ "(?:has|have|had) (?:now |since )?(?:called (?:it )?off|changed (?:his|her|their) minds?|"
			+ "(?:decided|chosen) not to (?:join|start|come)(?: us| here)?|(?:turned down|declined|rejected) "
			+ "(?:our|the) (?:offer|job|position|contract))(?= *[.,;:!—–-]| *$| after all| at the last minute)|"
			+ "(?:turned down|declined|rejected) (?:our|the) (?:offer|job|position|contract)(?= *[.,;:!—–-]| *$| after "
			+ "all| at the last minute)|"
			// "heeft de baan toch afgewezen", "ziet ervan af"
			+ "(?:heeft|hebben) (?:de baan|de functie|het aanbod|ons aanbod|het contract) (?:toch |helaas |alsnog )*"
			+ "(?:afgewezen|geweigerd|afgeslagen|niet aangenomen)(?= *[.,;:!—–-]| *$)|"
			+ "(?:ziet|zien) (?:er )?(?:toch |helaas )*(?:van ?af|ervan af)(?= *[.,;:!—–-]| *$)|"
			+ "(?:heeft|hebben) (?:zich )?(?:toch |helaas |alsnog |op het laatste moment |last minute |gisteren |vandaag |vanochtend |"
			+ "vanmorgen |zojuist |net |inmiddels )*" + "(?:teruggetrokken|afgehaakt|afgezegd|bedankt|bedacht)"
			+ "(?= *[.,;:!—–-]| *$| voor de (?:baan|functie))|(?:trekt|trekken) (?:zich )?(?:toch |helaas )*terug"
			+ "(?= *[.,;:!—–-]| *$)|(?:haakt|haken) (?:toch |helaas )*af(?= *[.,;:!—–-]| *$)|"
			+ "(?:will|shall|does|do) not (?:be )?(?:start(?:ing)?|join(?:ing)?|com(?:e|ing))(?: us| with us)?(?= after all| *[.,;:!]| *$)|"
			// a day denied after all, no other said: "he will not start on Monday after
			// all", "is not starting on Monday after all"
			+ "(?:(?:will|shall|does|do|is|are) not|won't|won’t|doesn't|doesn’t|isn't|isn’t|aren't|aren’t) (?:be )?"
			+ "(?:start(?:ing)?|join(?:ing)?|com(?:e|ing))(?: us| with us)? (?:on|op|this|next) [\\p{L}\\d ]{1,20}?"
			+ "(?= after all)|"
			// "heeft laten weten dat ze niet (meer) komt"
			+ "(?:laten weten|gemeld|doorgegeven) dat (?:ze|hij|zij) (?:toch )?niet (?:meer )?(?:komt|begint)|"
			+ "(?:will|shall) no longer (?:be )?(?:start(?:ing)?|join(?:ing)?|com(?:e|ing))(?: us| with us)?(?= *[.,;:!]| *$)|"
			+ "(?:won't|doesn't|don't) (?:be )?(?:start(?:ing)?|join(?:ing)?|com(?:e|ing))(?: us| with us)?(?= after all| *[.,;:!]| *$)|"
			// "we cancelled the start of Lena Moss", "have cancelled Tom's start", "had
			// to
			// cancel his onboarding", "we hebben de start afgezegd": said in the active
			// voice
			+ "(?:cancel(?:l?ed|l?ing|s)?|called off|call off|halt(?:ed)?|stop(?:ped)?) (?:the |his |her |their |"
			+ "our )?(?:[\\p{L}'’-]+ ){0,3}?(?:start|arrival|onboarding|offboarding|hire|first day)(?!\\p{L})(?! date)"
			// not "stop the onboarding of Kim and start Bo instead": another starts
			+ "(?![^.;!?\\n]{0,40}\\b(?:and|en) (?:start|begin)\\p{L}*\\b)|"
			// a start put off with no new date: "postponed indefinitely", "is uitgesteld,
			// datum
			// volgt", "pushed back with no new date"; not "postponed to 11 January"
			// a leaving put off alike: "Het vertrek van X is uitgesteld; einddatum nog
			// onbekend"
			// whose between set apart ("The start of our new nurse, Isabel Moreno, is
			// postponed"), or the start said to come later ("begint later, …")
			// or its day said as a label ("Start date for Mia Stone: later than
			// planned"), or just "later" ("startdatum van … wordt later, …")
			+ "(?:(?:start|startdatum|first day|arrival|komst|begin|eerste (?:werk)?dag|indiensttreding|vertrek|"
			+ "departure|leaving|last day|laatste (?:werk)?dag|uitdiensttreding)(?: [\\p{L}'’(),-]+){0,8}?:? "
			+ "(?:is |has been |was |wordt |is )?(?:" + PUT_OFF_WORDS + "|(?<=\\b(?:is|wordt) )later)"
			+ "|(?:begint|beginnen|start|starts|starten|komt|komen|joins|will (?:start|"
			+ "join))(?: us| bij ons)? (?:pas |wat |iets |a bit |somewhat |only )?later(?: than (?:planned|expected|we thought)|"
			+ " dan (?:gepland|verwacht|gedacht))?)"
			+ "(?=(?: indefinitely| voor onbepaalde tijd)?(?: *[.,;:!(—–-]| *$| until further notice| with no| without)"
			// or to a time or a condition with its date unknown: "postponed to next
			// year — date to be confirmed", "uitgesteld tot na de zomer, datum volgt",
			// "postponed until their papers are in order. No date yet."
			// or for a reason: "later than planned because of her notice period, date
			// to follow"
			+ "|(?: (?:to|until|till|tot|naar|because(?: of)?|due to|owing to|omdat|vanwege|wegens)"
			+ "(?: [\\p{L}\\d'’-]+){1,8}?)? *[.,;:(—–-]? *" + UNKNOWN_DATE
			// or to no day but later: "schuift op naar later in het voorjaar"
			+ "|(?: (?:to|until|till|tot|naar))? (?:a |een )?later\\b)|"
			// a leaving taken back: "is not leaving after all", "gaat toch niet weg",
			// "stays
			// with us after all", "blijft toch", "heeft haar ontslag ingetrokken"
			+ "(?:(?:is|are) not leaving(?: us)? after all|(?:won't|will not) be leaving(?: us)? after all|"
			// the month or day denied between: "is not leaving in January after all"
			+ "(?:(?:is|are) not|(?:isn't|aren't|isn’t|aren’t)|(?:won't|won’t|will not) be) leaving(?: us)? "
			+ "(?:in|on|per|this|next|at the end of) [^.;:!?\\n]{1,20}? after all)"
			// not a later day said after it: "… after all but on 31 March", "…, it's the
			// 23rd", "… is extended until 30 June and he leaves then"
			+ "(?![^.!?\\n]{0,80}(?:\\d|\\b(?:but|maar|leaves|leaving|instead|until|till|then|tot|vertrekt)\\b))|"
			// a resignation withdrawn in the active voice: "trekt zijn ontslag in",
			// "withdraws her resignation"
			+ "(?:trekt|trekken|trok|trokken) (?:zijn|haar|hun|het) (?:opzegging|ontslag(?:aanvraag)?) "
			+ "(?:(?:toch|weer|alsnog) )*in\\b|(?:withdraws|withdrew|takes back|took back|has withdrawn|"
			+ "has taken back) (?:his|her|their) (?:resignation|notice)|"
			// still employed through a long illness: "hij blijft wel in dienst"
			+ "(?:blijft|blijven) (?:(?:wel|gewoon|gewoon wel|nog) )+in dienst(?= *[.,;:!]| *$)|"
			// not "stays after all until 1 March", a later leaving
			+ "(?:stays?|staying|remains?) (?:with us |here )?after all(?! (?:until|till|to)\\b)|"
			+ "(?:gaat|gaan) toch niet (?:weg|vertrekken|uit dienst)|"
			// a leaving denied, with no other day: "gaat niet weg na dit seizoen",
			// "is not leaving, she signed again"; not "gaat niet op 1 maart weg maar …"
			+ "(?:gaat|gaan) (?:(?:dus|helaas|echt) )*niet (?:weg|vertrekken|uit dienst)(?= *[.,;:!]| *$| na\\b)|"
			+ "(?:vertrekt|vertrekken) (?:(?:dus|toch|helaas|echt) )*niet(?= *[.,;:!]| *$| na\\b)|"
			// ("after all" only as above, with no later day)
			+ "(?:is|are) not leaving(?: us)?(?= *[.,;:!]| *$| after\\b(?! all\\b))|(?:isn't|aren't|isn’t|aren’t) leaving"
			+ "(?: us)?(?= *[.,;:!]| *$| after\\b(?! all\\b))|(?:blijft|blijven) toch(?: gewoon)?(?: bij ons| hier| in dienst)?(?= *[.,;:!]| *$)|"
			// "Het ontslag van Ingrid Kok is ingetrokken": whose, between
			+ "(?:opzegging|ontslag|resignation|notice|dismissal) (?:[\\p{L}'’-]+ ){0,5}?(?:ingetrokken|teruggetrokken|"
			+ "withdrawn|taken back)|(?:ingetrokken|teruggetrokken|withdrew|withdrawn|taken back) (?:zijn |haar |his |her )?"
			+ "(?:opzegging|ontslag|resignation|notice|dismissal)|"
			// asked in Dutch, the verb last: "kun je de start van … annuleren?", "de
			// indiensttreding van … mag worden ingetrokken"
			// (no day in between: "de start op 4 januari annuleren" may move it)
			// or the request made for someone: "de aanvraag voor Kevin Vos intrekken"
			+ "(?:start|komst|onboarding|offboarding|offboarden|aanstelling|indiensttreding|uitdiensttreding|"
			+ "eerste werkdag|aanvraag|aanmelding)(?: [\\p{L}'’-]+){0,6}? "
			+ "(?:annuleren|annuleer|cancelen|afblazen|afzeggen|intrekken|stopzetten|tegenhouden)\\b|"
			// a leaving called off: "Marco's leaving is off", "The departure of Isla
			// Grant on 31 January is cancelled", "Marcus Lee's planned leaving date of 31
			// December is off"
			+ "(?:leaving|departure|leaving date|last day|offboarding|vertrek|uitdiensttreding)"
			+ "(?: [\\p{L}\\d'’-]+){0,6}? (?:is|has been|wordt|werd) (?:now |nu )?(?:off|cancell?ed|called off|"
			+ "geannuleerd|afgeblazen|van de baan)(?= *[.,;:!—–-]| *$)|"
			// a move of someone named called off, the route between: "The transfer of X
			// from the Leeds hotel to our London branch is cancelled", "de overplaatsing
			// van X is afgeblazen"; not "the move of his desk is cancelled"
			+ "(?:transfer|move|relocation|promotion|overplaatsing|verhuizing|overstap|promotie) (?:of|van) (?-i:\\p{Lu})[\\p{L}'’-]*"
			+ "(?: [\\p{L}\\d'’-]+){0,11}? "
			+ "(?:is|has been|was|wordt|werd) (?:now |nu )?(?:off|cancell?ed|called off|geannuleerd|afgeblazen|"
			+ "van de baan|ingetrokken)(?= *[.,;:!—–-]| *$)|"
			// "the start of … is cancelled", "de komst van … is afgeblazen"
			+ "(?:start|arrival|onboarding|hire|komst|aanstelling|indiensttreding)(?: [\\p{L}\\d'’-]+){0,6}? "
			+ "(?:is |has been |was |wordt |is )?(?:cancell?ed|called off|geannuleerd|afgeblazen|ingetrokken))");

	/**
	 * The hiring put on hold: "the hiring of the new deck officer is on hold until
	 * spring, so ignore my earlier message about Lars", "de werving ligt stil tot de
	 * zomer". It holds of a name in it or after it, not of one told before ("Sam Lee
	 * starts on 4 January; the second vacancy is on hold").
	 */
	private static final Pattern ON_HOLD = Pattern.compile("(?iu)\\b(?:hiring|recruitment|vacancy|vacature|werving|"
			+ "aanstelling|onboarding|start|komst)(?: [\\p{L}'’-]+){0,6}? (?:is |are |has been |was |staat |ligt |wordt )?"
			+ "(?:(?:put|gezet) )?(?:on hold|on ice|in de wacht|stil|stilgelegd|bevroren|frozen)(?!\\p{L})");

	/**
	 * A vacancy withdrawn or left unfilled, so no one comes: "The lab analyst vacancy is
	 * withdrawn", "de vacature voor monteur is ingetrokken", "vacature Planner is
	 * geschrapt", "we've decided not to fill the position". Like the hiring put on hold,
	 * it holds of a name in it or after it (a job word read as one), not of one told
	 * before ("Sam Lee leaves on 1 March; his position is withdrawn").
	 */
	private static final Pattern VACANCY_WITHDRAWN = Pattern.compile("(?iu)\\b(?:(?:vacancy|vacature|position|"
			+ "opening|job opening|post|functie)(?: [\\p{L}'’-]+){0,6}? (?:is |has been |was |wordt |is |will be )?"
			+ "(?<!\\b(?:not|niet|never|nooit)(?: been| be| worden)? )(?:withdrawn|cancell?ed|scrapped|ingetrokken|geschrapt|geannuleerd|"
			+ "niet (?:meer )?ingevuld|not (?:be )?filled|vervalt|komt te vervallen)|"
			+ "(?:not|niet) (?:to )?(?:fill|invullen|in te vullen)(?: [\\p{L}'’-]+){0,5}? (?:position|vacancy|"
			+ "vacature|post|functie))(?!\\p{L})");

	/**
	 * An earlier message taken back about someone: "so ignore my earlier message about
	 * Lars", "vergeet mijn vorige bericht over Youssef". Said beside a start called off
	 * or put on hold, the person named is that start.
	 */
	private static final Pattern DISREGARD = Pattern.compile("(?iu)\\b(?:ignore|disregard|forget|scrap|negeer|vergeet)"
			+ "(?: please)? (?:my|mijn|the|het|de|that|dat) (?:(?:earlier|previous|last|eerdere|vorige|laatste) )?"
			+ "(?:message|mail|e-mail|email|request|bericht|mailtje|aanvraag|melding)s?"
			// its day between: "my message from Monday about Harm"
			+ "(?: (?:from|of|van) (?:(?:last|vorige|afgelopen) )?\\p{L}+)? (?:about|over|for|voor|on)\\b");

	/** A leaving denied: "is not leaving", "gaat niet weg", "vertrekt toch niet". */
	private static final Pattern LEAVING = Pattern.compile("(?iu)\\b(?:leaving|weg|vertrek\\p{L}*|uit dienst)\\b");

	/**
	 * A move said right after a leaving denied: "is not leaving, she moves to our
	 * purchasing team", "vertrekt niet. Ze gaat per 1 februari naar de inkoop". The
	 * leaving is off, the move is the news.
	 */
	private static final Pattern MOVE_AFTER = Pattern.compile("(?iu)^[\\s,;:.!—–-]*(?:(?:but|maar|instead|in plaats "
			+ "daarvan|wel)\\s+)?(?:(?:he|she|they|hij|zij|ze)\\s+)?(?:(?:will|is|gaat|wil)\\s+)?(?:moves?|moving|"
			+ "transfers?|transferring|switch(?:es)?|switching|goes|going|gaat|stapt|verhuist|wordt|becomes?|"
			+ "becoming)\\b[^.!?\\n]{0,60}?\\b(?:to|into|naar|over|als|as)\\b");

	/** A subject pronoun opening the next sentence: "She …", "Hij …". */
	private static final Pattern PRONOUN = Pattern.compile("(?iu)\\s*(?:he|she|they|hij|zij|ze|die)\\b");

	/** Between names listed: "Kees de Wit en Mia Ros", "Jan Post, Ali Demir". */
	private static final Pattern LISTED = Pattern
		.compile("(?iu)\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*(?:(?:en|and)\\s+)?|(?:en|and|&)\\s+)");

	/** Between a name and what is theirs: "Emily Ward's start". */
	private static final Pattern POSSESSIVE = Pattern.compile("(?:['’]s?)?\\s*");

	/** A start or a leaving put off: with a day told after it, it is moved, not off. */
	private static final Pattern PUT_OFF = Pattern.compile("(?iu)\\b(?:" + PUT_OFF_WORDS + "|later)\\b");

	/** A day denied: "won't start on 4 January (after all)". */
	private static final Pattern DAY_DENIED = Pattern.compile("(?iu)\\b(?:not|won't|won’t|doesn't|doesn’t) (?:be )?"
			+ "(?:start|join|com)\\p{L}*(?: us| with us)? (?:on|op|in|this|next)\\b");

	/**
	 * A day told: "11 januari", "January 18", "18/1", "maandag", "next week"; not a month
	 * alone ("tot na de zomer", "in het voorjaar").
	 */
	private static final Pattern DAY = Pattern
		.compile("(?iu)\\b(?:\\d{1,2}(?:e|ste|de|st|nd|rd|th)?\\s+" + DateWords.MONTH + "|" + DateWords.MONTH
				+ "\\s+\\d{1,2}\\b|\\d{1,2}[-/]\\d{1,2}\\b|" + DateWords.WEEKDAY_WORD + "\\b|next week|volgende week)");

	/** A day denied and the new one given: "niet per 4 januari maar per 1 februari". */
	private static final Pattern NEW_DAY_FIRST = Pattern.compile("(?iu)\\b(?:niet|not)\\b[^.;!?\\n]{0,20}?"
			+ DAY.pattern() + "[^.;!?\\n]{0,15}?\\b(?:maar|but)\\b[^.;!?\\n]{0,20}?" + DAY.pattern());

	/** A date right before "gaat niet door". */
	private static final Pattern DATE_BEFORE = Pattern
		.compile("(?iu)(?:\\d{1,2}(?:e|ste|de|st|nd|rd|th)?|\\p{L}+dag|\\p{L}+day|" + DateWords.MONTH + ")[\\s,]*$");

	private CalledOff() {
	}

	/** Whether the message calls off a start and everyone named in it is that start. */
	static boolean all(String body, List<AnnouncementParser.Span> named) {
		return said(body) && named.stream().allMatch(n -> inCalledOffSentence(body, n, named));
	}

	/** The names that remain once the starts called off are taken out. */
	static List<AnnouncementParser.Span> without(String body, List<AnnouncementParser.Span> named) {
		if (!said(body)) {
			return named;
		}
		List<AnnouncementParser.Span> left = named.stream().filter(n -> !inCalledOffSentence(body, n, named)).toList();
		return left.isEmpty() ? named : left;
	}

	static boolean said(String body) {
		String lower = body.toLowerCase(Locale.ROOT);
		// most messages deny and cancel nothing: no regex pass for them
		if (!lower.contains("not") && !lower.contains("niet") && !lower.contains("n't") && !lower.contains("never")
				&& !lower.contains("cancel") && !lower.contains("called off") && !lower.contains("geannuleerd")
				&& !lower.contains("afgeblazen") && !lower.contains("ingetrokken") && !lower.contains("halt")
				&& !lower.contains("stop") && !lower.contains("pone") && !lower.contains("pushed back")
				&& !lower.contains("put off") && !lower.contains("delayed") && !lower.contains("uitgesteld")
				&& !lower.contains("opgeschort") && !lower.contains("after all") && !lower.contains("toch")
				&& !lower.contains("withdr") && !lower.contains("taken back") && !lower.contains("annule")
				&& !lower.contains("afblazen") && !lower.contains("afzeggen") && !lower.contains("intrekken")
				&& !lower.contains("stopzetten") && !lower.contains("cancelen") && !lower.contains("tegenhouden")
				&& !lower.contains("terug") && !lower.contains("pulled out") && !lower.contains("backed out")
				&& !lower.contains("dropped out") && !lower.contains("declined") && !lower.contains("turned")
				&& !lower.contains("afgehaakt") && !lower.contains("haakt") && !lower.contains("afgezegd")
				&& !lower.contains("bedankt") && !lower.contains("hold") && !lower.contains("on ice")
				&& !lower.contains("wacht") && !lower.contains("stil") && !lower.contains("bevroren")
				&& !lower.contains("frozen") && !lower.contains("bedacht") && !lower.contains("changed")
				&& !lower.contains("later") && !lower.contains("schov") && !lower.contains("schuift")
				&& !lower.contains("decided") && !lower.contains("chosen") && !lower.contains("rejected")
				&& !lower.contains("afgewezen") && !lower.contains("geweigerd") && !lower.contains("afgeslagen")
				&& !lower.contains("ziet er") && !lower.contains("zien er") && !lower.contains("no longer")
				&& !lower.contains("moved") && !lower.contains("verplaatst") && !lower.contains("verzet")
				&& !lower.contains(" is off") && !lower.contains("van de baan") && !lower.contains("scrapped")
				&& !lower.contains("geschrapt") && !lower.contains("vervalt") && !lower.contains("vervallen")
				&& !lower.contains("in dienst") && !lower.contains("took back") && !lower.contains("takes back")
				&& !lower.contains("ontslag in") && !lower.contains("opzegging in") && !lower.contains("signed")
				&& !lower.contains("counter") && !lower.contains("tegenbod") && !lower.contains("huidige")
				&& !lower.contains("current") && !lower.contains("failed") && !lower.contains("afgekeurd")
				&& !lower.contains("keuring") && !lower.contains("no start") && !lower.contains("nobody")
				&& !lower.contains("no one") && !lower.contains("no-one") && !lower.contains("niemand")) {
			return false;
		}
		Matcher cue = CUE.matcher(body);
		while (cue.find()) {
			if (!dateTakenBack(body, cue.start(), 0) && !movedToADay(body, cue) && !deniedForAMove(body, cue)) {
				return true;
			}
		}
		return ON_HOLD.matcher(body).find() || VACANCY_WITHDRAWN.matcher(body).find();
	}

	/** "4 januari gaat niet door": the date is taken back, not the start. */
	private static boolean dateTakenBack(String body, int cue, int from) {
		return body.regionMatches(true, cue, "ga", 0, 2)
				&& DATE_BEFORE.matcher(body.substring(Math.max(from, cue - 25), cue)).find();
	}

	/**
	 * "De start van X is uitgesteld. Ze begint nu op 11 januari": put off to a day told
	 * after it, the start or the leaving holds on that day.
	 */
	private static boolean movedToADay(String body, Matcher cue) {
		return PUT_OFF.matcher(cue.group()).find() && (DAY.matcher(body).region(cue.end(), body.length()).find()
				// or the new day said first: "Niet per 4 januari maar per 1 februari: de
				// start van … is verschoven"
				|| NEW_DAY_FIRST.matcher(body).region(Sentences.start(body, cue.start()), cue.start()).find())
				// a day denied, the new one said in its sentence: "won't start on 4
				// January
				// after all, she starts on 11 January"
				|| DAY_DENIED.matcher(cue.group()).find()
						&& DAY.matcher(body).region(cue.end(), Sentences.end(body, cue.end())).find();
	}

	/** Whether the cue denies a leaving and a move is said right after it. */
	private static boolean deniedForAMove(String body, Matcher cue) {
		return LEAVING.matcher(cue.group()).find()
				&& MOVE_AFTER.matcher(body).region(cue.end(), Math.min(body.length(), cue.end() + 100)).lookingAt();
	}

	private static boolean inCalledOffSentence(String body, AnnouncementParser.Span name,
			List<AnnouncementParser.Span> named) {
		int from = Sentences.start(body, name.start());
		int to = Sentences.end(body, name.end());
		if (DISREGARD.matcher(body).region(from, to).find()) {
			return true;
		}
		for (Pattern off : List.of(ON_HOLD, VACANCY_WITHDRAWN)) {
			Matcher held = off.matcher(body).region(from, to);
			while (held.find()) {
				// or whose it is: "Emily Ward's start date is on hold"
				if (held.start() <= name.start()
						|| POSSESSIVE.matcher(body).region(name.end(), held.start()).matches()) {
					return true;
				}
			}
		}
		// the lookahead may read on past the sentence: "postponed until their papers are
		// in order. No date yet."
		Matcher cue = CUE.matcher(body).region(from, to).useTransparentBounds(true);
		while (cue.find()) {
			if (!dateTakenBack(body, cue.start(), from) && !movedToADay(body, cue) && !deniedForAMove(body, cue)
					&& !insteadBetween(body, cue.end(), name.start())
					&& ofTheName(body, name, cue.start(), cue.end(), from, named)) {
				return true;
			}
		}
		return inPronounsSentence(body, name, from, to, named);
	}

	/** The one said after "instead": "has backed out; instead Priya Raman starts …". */
	private static final Pattern INSTEAD = Pattern
		.compile("(?iu)\\b(?:instead|in (?:his|her|their) place|in plaats daarvan|daarvoor in de plaats|"
				+ "in (?:zijn|haar|hun) plaats)\\b");

	private static boolean insteadBetween(String body, int from, int to) {
		return from < to && INSTEAD.matcher(body).region(from, to).find();
	}

	/**
	 * The calling off said in the next sentence, of the name by a pronoun alone: "Could
	 * you stop the laptop order for Ella Ward? She will not start on Tuesday after all",
	 * "Zet het account van Mila de Boer maar stop. Ze komt toch niet." Only when the
	 * pronoun opens that sentence and no one else is named in either, so that it can only
	 * be the one named.
	 */
	private static boolean inPronounsSentence(String body, AnnouncementParser.Span name, int from, int to,
			List<AnnouncementParser.Span> named) {
		if (to >= body.length()) {
			return false;
		}
		Matcher pronoun = PRONOUN.matcher(body).region(to + 1, body.length());
		if (!pronoun.lookingAt()) {
			return false;
		}
		int end = Sentences.end(body, pronoun.end());
		if (named.stream().anyMatch(other -> other != name && other.end() > from && other.start() < end)) {
			return false;
		}
		Matcher cue = CUE.matcher(body).region(pronoun.end(), end).useTransparentBounds(true);
		while (cue.find()) {
			if (!dateTakenBack(body, cue.start(), pronoun.end()) && !movedToADay(body, cue)
					&& !deniedForAMove(body, cue)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the words calling off are said of this name, not of another in its sentence
	 * ("Anna Vos starts Monday; Ben Cole has called off"): the name is inside them ("the
	 * start of Isabel Moreno is postponed"), before them with no one else between but
	 * names listed with it ("Kees en Mia beginnen later"), or after them with no one
	 * named before them ("we cancelled the start of Lena Moss").
	 */
	private static boolean ofTheName(String body, AnnouncementParser.Span name, int start, int end, int from,
			List<AnnouncementParser.Span> named) {
		if (start <= name.start() && end >= name.end()) {
			return true;
		}
		if (start >= name.end()) {
			int last = name.end();
			for (AnnouncementParser.Span other : named) {
				if (other.start() >= name.end() && other.end() <= start) {
					if (!LISTED.matcher(body).region(last, other.start()).matches()) {
						return false;
					}
					last = other.end();
				}
			}
			return true;
		}
		return named.stream().noneMatch(other -> other.start() >= from && other.end() <= start);
	}

}
