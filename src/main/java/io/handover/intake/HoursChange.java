package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Work that changes without anyone joining, moving or leaving: fewer hours, other shifts
 * or a new rota, part-time ("gaat minder werken", "werkt alleen nog ochtenden", "drops to
 * four days a week", "stops doing night shifts"). Said of a person next to a real leaver,
 * it is no leaving: such a person is no one to offboard.
 */
final class HoursChange {

	private static final String DAYS = "(?:\\d|een|twee|drie|vier|vijf|one|two|three|four|five)";

	private static final String SHIFTS = "(?:ochtend|middag|avond|nacht|weekend|vroege|late|dag|morning|afternoon|"
			+ "evening|night|weekend|early|late|day)\\p{L}*";

	private static final String PARTS_OF_DAYS = "(?:ochtenden|middagen|avonden|mornings|afternoons|evenings)\\b";

	private static final String KIND_OF_SHIFT = "(?:ochtend|middag|avond|nacht|weekend|vroege|late|slaap|"
			+ "morning|afternoon|evening|night|early|late|day|dag|weekend|sleep-in)";

	/**
	 * What an extension says after it: the new end ("verlengd tot en met april",
	 * "extended until 1 July") and the leaving it calls off, in its sentence or the next
	 * ("…, dus ze stopt niet op 31 december", "so she won't leave on 31 December", "Dus
	 * geen vertrek op 31 december", "Niemand vertrekt dus in januari"); not "… and he
	 * leaves then".
	 */
	private static final String EXTENDED_UNTIL = "(?: (?:tot(?: en met)?|t/m|until|till|through|to)(?: [\\p{L}\\d'’-]+){1,3}(?=[.,;!?\\n]|$))?"
			+ "(?:[^;!?\\n]{0,50}?\\b(?:(?:stopt|stoppen|vertrekt|vertrekken|gaat|gaan)(?: dus| toch| ook)? niet"
			+ "(?: weg)?|(?:won't|won’t|will not|doesn't|does not|isn't|is not)(?: be)? (?:leav(?:e|ing)|stop(?:ping)?|"
			+ "go(?:ing)?)|geen (?:vertrek|uitdiensttreding|afscheid)|niemand (?:vertrekt|gaat weg|stopt)|"
			+ "(?:vertrekt|stopt) (?:er )?(?:dus |toch |ook )*niemand|"
			+ "no (?:leaving|departure|leaver)|(?:nobody|no one|no-one) (?:is )?(?:leaves|leaving|goes|going))\\b)?";

	/**
	 * Nothing joins, moves or leaves: a contract extended, a task added, the job kept
	 * ("Zijn contract loopt nu door tot 1 juli, hij blijft dus", "doet vanaf volgende
	 * week ook de inkoop erbij", "blijft gewoon in functie").
	 */
	private static final String NO_CHANGE = "(?:(?:tijdelijke?|temporary|fixed-term)\\s+)?(?:contract|contracten|"
			+ "aanstelling|dienstverband|employment|account)\\b"
			// not "wordt niet (meer) verlengd", "won't be extended", nor "ends on
			// 31/1/2027
			// and will not be renewed"
			+ "(?![^.;:!?\\n]{0,60}?\\b(?:niet|not|no|geen|never|nooit|won't|isn't|aren't|wasn't)\\b"
			+ "[^.;:!?\\n]{0,25}?\\b(?:verlengd|verlengen|extended|extend|renewed|renew|door)\\b)"
			+ "[^.;:!?\\n]{0,60}?\\b(?:verlengd|verlengen|extended|extend|renewed|(?:loopt|lopen) (?:nu |dus )?door tot|"
			// "loopt nu tot 1 augustus", "now runs until 30 June"
			+ "(?:loopt|lopen) nu tot|(?:now )?runs? (?:now )?(?:until|till|through)|now (?:ends|expires) on)\\b"
			+ EXTENDED_UNTIL + "|"
			// the extension said first: "We've extended the contracts of the pickers
			// until
			// March"; not "have not extended", "verlengen het contract van X niet"
			+ "(?<!(?:not|n't|n’t|never|niet) )(?:extended|renewed|verlengen|verlengd) (?:the |his |her |their |het |de |"
			+ "hun )?(?:contracts?|contracten)(?![^.;:!?\\n]{0,40}?\\bniet\\b)(?: (?:of|van)(?: [\\p{L}'’-]+){1,5}?)?"
			+ EXTENDED_UNTIL + "|"
			// the offboarding stopped: "kunnen jullie het offboarden tegenhouden?",
			// "could you stop her offboarding?"
			+ "(?:stop|cancel|halt|pause|hold off(?: on)?)(?: the| his| her| their)? offboarding|"
			// "Please reverse the leaver for …", "de uitdienstmelding intrekken"
			+ "(?:reverse|undo|withdraw|retract|cancel)(?: the| this| that)? (?:leaver|leaving|exit|departure)|"
			+ "(?:vertrek|uitdienstmelding|afmelding)(?: [\\p{L}'’-]+){0,4}? (?:intrekken|terugdraaien|annuleren)|"
			// the extension told as news: "De verlenging van het contract van X is rond"
			+ "(?:de )?verlenging van (?:het|zijn|haar|hun) (?:contract|dienstverband|aanstelling)"
			// and the new end it gives: "…: ze blijft tot 1 juli 2027 bij ons"
			+ "(?:[^.;!?\\n]{0,60}?\\b(?:blijft|stays|remains)(?: nog| dus)? (?:tot|until|till)\\b)?|"
			+ "(?:offboarding|offboarden)(?: [\\p{L}'’-]+){0,4}? (?:tegenhouden|stopzetten|annuleren|afblazen|stoppen|"
			+ "intrekken|cancell?ed|stopped|halted|on hold)\\b|"
			+ "blijft (?:dus|gewoon)?(?: gewoon)? ?in (?:functie|dienst)(?! (?:tot|nog tot))|"
			// an extension, not a starter, or the job kept while a task is added:
			// "krijgt een contractverlenging", "Not a new starter:", "no change to her
			// job title or access", "er verandert niets aan zijn functie"
			+ "contractverlenging|contract extension|not an? (?:new )?(?:starter|joiner|hire|leaver)|"
			// an extension under way, its contract someone's: "we're extending Mia
			// Russo's temporary contract", "we verlengen Jans tijdelijke contract"
			+ "(?<!(?:not|n't|n’t|never|niet)(?: be| going to| gaan)? )(?:extending|renewing|verlengen) (?:[\\p{L}'’-]+ ){1,3}?"
			+ "(?:(?:tijdelijke?|temporary|fixed-term) )?(?:contract|dienstverband|aanstelling)\\b(?! [^.;:!?\\n]{0,20}?\\bniet\\b)|"
			+ "geen (?:vertrekker|uitdienst)|"
			// nothing to do for the person: "Nothing to set up for Ann Bell, she only
			// changes desks", "Niets aanmaken voor Piet Kok"
			+ "(?:nothing|no need) to (?:set up|create|arrange|order|prepare|change|do|disable|block|close|remove|"
			+ "revoke|offboard)|"
			+ "(?:niets|niks) (?:aan ?(?:te )?maken|te regelen|regelen|klaar ?(?:te )?zetten|nodig)|"
			+ "geen (?:nieuwe )?(?:starter|collega|medewerker)|"
			// nobody new: "Geen nieuwe mensen deze maand", "Geen nieuwe accounts nodig",
			// "no new accounts needed"
			+ "geen nieuwe (?:mensen|accounts?|aanmeldingen)|no new (?:people|accounts?|starters|joiners|hires)|"
			// not "her job stays the same", said of a move too
			+ "no change to (?:his|her|their) (?:job title|title|access)|"
			+ "(?:his|her|their) (?:job title|title)(?: and access)? (?:stays?|remains?) (?:as (?:it is|they are)|"
			+ "the same|unchanged)|(?:er )?verandert (?:er )?niets aan (?:zijn|haar|hun) (?:functie|rol|baan|werk)|"
			+ "(?:doet|doen)(?: [\\p{L}\\d'’-]+){0,6} (?:ook )?(?:[\\p{L}-]+ ){0,3}erbij|"
			// a new contract signed: "heeft toch bijgetekend", "has signed a new
			// contract"
			+ "(?:heeft|hebben) (?:(?:toch|alsnog|opnieuw|weer|nu|dus) )*bijgetekend|"
			+ "(?:tekent|tekenen) (?:(?:toch|alsnog|opnieuw|weer|nog) )*(?:[\\p{L}\\d]+ ){0,3}?bij\\b(?!\\s+(?:ons|jullie|de|het|een)\\b)|"
			+ "(?:has|have) (?:(?:now|just|already) )?(?:re-signed|signed (?:a new contract|an extension|"
			+ "a contract extension|on for)|extended (?:his|her|their) contract)";

	/**
	 * A leave's period, said before or after it: "neemt van februari tot en met april een
	 * sabbatical", "on unpaid leave from 1 March to 31 May". Its words of an end ("tot en
	 * met") belong to the leave, no leaving; only words of a day each side, so that a
	 * leaving said after it ("… until April and then leaves us") stays news.
	 */
	private static final String DAY_WORD = "(?:\\d{1,4}(?:st|nd|rd|th|e|ste|de)?|" + DateWords.MONTH + "|"
			+ DateWords.WEEKDAY_WORD + "|eind|begin|half|medio|mid|end|early|late|the|de|het|of|van|next|volgende|"
			+ "komende|week|maand|month|zomer|summer|voorjaar|spring|najaar|autumn|winter|kerst|christmas)";

	/** One to three words of a day: "februari", "1 March", "the end of April". */
	private static final String PERIOD_WORDS = "(?:" + DAY_WORD + " ){0,3}" + DAY_WORD + "\\b";

	private static final String PERIOD = "(?:(?:van|vanaf|from) " + PERIOD_WORDS
			+ " (?:tot(?: en met)?|t/m|to|until|till|through)|between " + PERIOD_WORDS + " and) " + PERIOD_WORDS;

	/**
	 * Ill for a while, its time said between the verb and the illness: "is vanaf morgen
	 * twee weken ziek thuis", "will be off sick for two weeks", "heeft zich ziek gemeld",
	 * "has called in sick", its return beside it. Absent, no leaving; not when denied
	 * ("is niet ziek").
	 */
	private static final String SICK = "(?:(?:is|zijn|zit|zitten|blijft|blijven)(?: (?!niet\\b|geen\\b)[\\p{L}\\d]+){1,6}? "
			+ "ziek(?: thuis)?|(?:heeft|hebben|had) zich(?: [\\p{L}]+){0,2}? ziek ?gemeld|(?:is|zijn) ziek ?gemeld|"
			+ "(?:is|are|has been|have been|will be)(?: (?!not\\b)[\\p{L}\\d]+){1,5}? (?:off )?sick(?: at home)?|"
			+ "(?:has |have |had )?called in sick)(?!\\p{L})"
			// with its return: "…, hij komt daarna gewoon terug", "…, back after that"
			+ "(?:[^;!?\\n]{0,60}?\\b(?:komt|keert)\\b[^.;!?\\n]{0,30}?\\bterug\\b|[^;!?\\n]{0,60}?\\b(?:back|returns?|"
			+ "returning)\\b)?";

	/**
	 * A leave with its return: "gaat met zwangerschapsverlof en komt in mei terug", "on
	 * parental leave from 1 February and back on 1 June", "komt na haar verlof terug".
	 * Not cover for one ("maternity cover"), which a starter is.
	 */
	private static final String LEAVE = "(?:" + PERIOD
			+ " (?:(?:een|a|an|on|met|op|with|zijn|haar|his|her|their|hun) ){0,2})?"
			// going on it: "gaat vanaf 1 januari met zwangerschapsverlof", "starts his
			// paternity leave on Monday", "gaat vanaf maandag 8 weken ouderschapsverlof
			// opnemen"
			+ "(?:(?:gaat|gaan|goes|going|starts?|starting|begins?|begint|beginnen|neemt|nemen|takes?|taking)"
			+ "(?: [\\p{L}\\d'’]+){0,5}? (?:(?:met|op|on) )?(?:(?:zijn|haar|hun|his|her|their) )?"
			+ "(?=[\\p{L}]*verlof|(?:maternity|paternity|parental|adoption|shared parental|study|unpaid|sabbatical) "
			+ "leave))?" + "(?:(?:(?:komt|keert|is)(?: [\\p{L}\\d'’]+){0,4} (?:terug )?(?:na|van|uit) "
			// with or without whose leave: "komt terug van ouderschapsverlof"
			+ "(?:(?:haar|zijn|hun|het) )?|(?:returns?|returning|back|comes back) (?:from|after) (?:(?:her|his|their) )?)?"
			+ "(?:(?:(?:zwangerschaps|ouderschaps|bevallings|moederschaps|vaderschaps|geboorte|adoptie|studie|sabbats|"
			+ "ziekte|zorg|burn-?out)verlof|onbetaald verlof|sabbatical|loopbaanonderbreking|tijdskrediet|(?:met|op) verlof|"
			// a leave said only as theirs: "komt terug van haar verlof"
			+ "(?<=\\b(?:van|na|uit) (?:haar|zijn|hun) )verlof\\b|"
			// back after an illness, the return words with it (a "komt … werken" inside
			// is no start): "komt na haar ziekte per 1 januari weer volledig aan
			// het werk"
			+ "(?:ziekte|burn-?out|herstel|revalidatie|operatie|"
			// "is weer hersteld en komt vanaf maandag weer werken"
			+ "(?:weer )?(?:hersteld|beter|opgeknapt))(?:[^.;!?\\n]{0,40}\\bweer\\b[^.;!?\\n]{0,30}"
			+ "\\b(?:aan het werk|aan de slag|werken|begint|beginnen|terug)\\b"
			// the start word before "weer": "is terug van haar burn-out en begint weer
			// op"
			+ "|[^.;!?\\n]{0,40}\\b(?:begint|beginnen|start|starten|werkt|werken) weer\\b))"
			// "het ouderschapsverlof van Sven Bos begint op": the leave begins, no one
			+ "(?:(?: van [\\p{L} '’-]{2,40}?)? (?:begint|start|gaat in)\\b)?"
			// back from it and at work again: "komt maandag terug van zwangerschapsverlof
			// en start weer op de kassa"
			+ "(?:[^.;!?\\n]{0,40}?\\b(?:begint|start|werkt)(?: [\\p{L}\\d]+){0,2}? weer\\b)?"
			// the return, in the same or the next sentence: "… vanaf 15 januari. Ze komt
			// in mei terug", "… from 8 February. He'll be back in May"
			+ "(?:[^;!?\\n]{0,60}?\\b(?:komt|keert|is)\\b[^.;!?\\n]{0,30}?\\bterug\\b)?|"
			+ "(?:(?:maternity|paternity|parental|adoption|shared parental|study|sick|unpaid|sabbatical|carer's|"
			+ "carer’s|compassionate) leave|(?:a |on )?(?:sabbatical|career break)|leave of absence|on leave|"
			// "comes back from her leave"
			+ "(?<=\\b(?:from|after) (?:her|his|their) )leave\\b|"
			// time off for a while: "takes three months off", "neemt een half jaar vrij"
			+ "(?:neemt|nemen|takes?|taking) (?:" + PERIOD
			+ " )?(?:een |a |an )?(?:[\\p{L}\\d-]+ ){0,2}(?:maanden|maand|weken|months?|"
			+ "weeks?|half jaar|jaar|years?|time) (?:vrij|off)\\b|"
			// back after an illness, or ill: "returns after her illness", "is langdurig
			// ziek", "is sinds vorige week ziek thuis", "has been off sick since Monday"
			+ "(?:returns?|returning|back|comes back) (?:from|after) (?:(?:her|his|their|a|an) )?"
			// "back from his knee surgery"
			+ "(?:\\p{Ll}+ )?(?:illness|sickness|" + "burn-?out|surgery|operation)"
			// its start again: "is back from his surgery and starts again on Monday"
			+ "(?:[^.;!?\\n]{0,30}?\\b(?:starts?|begins?|works?|returns?)(?: work)? again\\b)?"
			+ "|(?:has |is )?(?:fully )?recovered(?: now)?,? and (?:is |will be )?"
			+ "(?:back|returns?|returning|coming back)\\b|(?:is|zijn|are) (?:langdurig ziek|long-term sick|on long-term sick leave)|"
			+ "(?:is|zijn|zit|zitten) (?:sinds [^.;!?\\n]{1,30}? )?(?:al )?ziek(?: thuis)?(?!\\p{L})|"
			+ "(?:is|are|has been|have been) (?:off )?sick(?: at home)?(?!\\p{L})|"
			// ill for a time said between: "is vanaf morgen twee weken ziek thuis",
			// "will be off sick for two weeks", "heeft zich ziek gemeld", "called in
			// sick"
			+ SICK + "|"
			// an operation and the time at home after it: "is geopereerd aan haar rug",
			// "had surgery on her shoulder and is at home until March"
			+ "(?:is|zijn|was|werd) geopereerd|(?:heeft|had|has had) (?:een |an? )?(?:[\\p{L}-]+ ){0,2}?"
			+ "(?:\\p{L}*operatie|surgery|operation)(?: gehad)?|"
			+ "(?:is|zijn|are|will be)(?: [\\p{L}\\d]+){0,4} (?:thuis|at home)(?!\\p{L}))"
			// the leave's own start: "Lena's maternity leave starts next month; she'll be
			// back in May"
			+ "(?: (?:starts|begins|will start|will begin)\\b)?"
			+ "(?:[^!?\\n]{0,60}?\\b(?:back|returns?|returning)\\b)?))(?: (?:" + PERIOD
			// or only its first day after it: "on parental leave from 1 February"
			+ "|(?:from|vanaf|per|as of|starting(?: on)?|met ingang van) " + PERIOD_WORDS + "))?";

	/**
	 * The last day or shift before a leave: "her last shift before her maternity leave is
	 * Friday", "de laatste dienst van Kim voor haar zwangerschapsverlof". A leave, no
	 * leaving; the last day's words belong to it.
	 */
	private static final String LAST_BEFORE_LEAVE = "(?:(?:last|final) (?:working |work )?(?:day|shift|night)|"
			+ "laatste (?:werk)?(?:dag|dienst|nacht))(?: van [\\p{L} '’-]{2,40}?)? (?:before|voor) "
			+ "(?:(?:her|his|their|the|haar|zijn|hun|het) )?(?:[\\p{L}-]+ )?(?:\\p{L}*verlof|leave|sabbatical|"
			+ "loopbaanonderbreking|tijdskrediet)\\b";

	/**
	 * Out on the road, as a field worker is: "is deze week veel op de baan", "is on the
	 * road a lot". Where someone works now, no change.
	 */
	private static final String ON_THE_ROAD = "(?:is|zijn|zit|zitten|are)(?: [\\p{L}]+){0,3} (?:op de baan|"
			+ "on the road)\\b";

	/**
	 * A rota or schedule changed: "New rota from Monday: Anna Bakker works early shifts",
	 * "Nieuw rooster per 1 januari", "het dienstrooster wijzigt", "the shift pattern
	 * changes". Whoever it puts on other shifts joins, moves or leaves nothing by it.
	 */
	private static final String ROTA = "(?:(?:new|nieuwe?|changed|updated|revised|aangepaste?|gewijzigde?) "
			+ "(?:shift |work |winter |summer |zomer|winter)?(?:rota|roster|rooster|dienstrooster|werkrooster|"
			+ "schedule|shift pattern|ploegenrooster)|(?:rota|roster|rooster|dienstrooster|werkrooster|schedule|"
			+ "shift pattern|ploegenrooster) (?:changes|is changing|will change|verandert|wijzigt|gaat veranderen|"
			// a rota for a time: "Het rooster voor januari staat online"
			+ "(?:for|voor) (?:(?:the|de|het) )?(?:(?:next|coming|volgende|komende) )?(?:week|month|maand|"
			+ DateWords.MONTH + ")))";

	/** A rota said for the whole message, before anyone's part. */
	private static final Pattern ROTA_SAID = Pattern.compile("(?iu)\\b" + ROTA + "\\b");

	/** Part-time to full-time or back, without a number of hours. */
	private static final String TIME = "(?:part-?time|parttime|deeltijd|full-?time|fulltime|voltijd|" + DAYS
			+ " (?:dagen|days)(?: (?:per|a|in de) week)?)";

	/**
	 * Hours told with the old and the new number: "28 uur gaan werken in plaats van 36",
	 * "24 uur i.p.v. 32", "32 hours a week, up from 24", "van 36 naar 28 uur", "from 20
	 * to 30 hours".
	 */
	private static final String FROM_TO = "\\d+ (?:uur|hours?|dagen|days)(?: (?:per week|a week|per wk))?(?: (?:gaan |gaat )?"
			+ "werk(?:en|t))?,? (?:i\\.?p\\.?v\\.?|in plaats van|instead of|(?:up|down) from) \\d+|"
			+ "(?:van|from) \\d+ (?:naar|to) \\d+ (?:uur|hours?)\\b|"
			// a leaving said to be off: "Zijn vertrek per 1 januari gaat dus niet door"
			+ "(?:zijn|haar|hun|het) vertrek\\b[^.;!?\\n]{0,40}? (?:gaat|gaan) (?:(?:dus|toch|helaas|alsnog) )*niet door|"
			+ "(?:his|her|their) (?:leaving|departure)\\b[^.;!?\\n]{0,40}? (?:is|has been) (?:off|cancelled|called off)|"
			// two bare numbers set against each other: "minder uren, 24 in plaats van 32"
			// or days: "(3 days instead of 5)", "4 dagen i.p.v. 5"
			+ "\\b\\d{1,2}(?: (?:days|dagen|nights|nachten|shifts|diensten)(?: (?:a|per|in de) week)?)? "
			+ "(?:i\\.?p\\.?v\\.?|in plaats van|instead of) \\d{1,2}\\b(?! ?(?:" + DateWords.MONTH + "|[-/.]\\d))|"
			// or in words: "twee dagen in plaats van vier", "three days instead of five"
			+ "\\b" + DAYS + " (?:days|dagen|nights|nachten|shifts|diensten)(?: (?:a|per|in de) week)? "
			+ "(?:i\\.?p\\.?v\\.?|in plaats van|instead of|rather than) " + DAYS + "\\b|"
			// or with the noun after the old count: "drie in plaats van vier dagen",
			// "three instead of four days"
			+ "\\b" + DAYS + " (?:i\\.?p\\.?v\\.?|in plaats van|instead of|rather than) " + DAYS
			+ " (?:days|dagen|nights|nachten|shifts|diensten)\\b|"
			// down or back to a number of hours: "gaat terug naar 24 uur", "goes down to
			// 24
			// hours"
			+ "(?:gaat|gaan|goes|go|going|drops?|dropping|cuts? back|terug|reduces?|reducing|increases?|increasing) "
			+ "(?:terug |down |back )?(?:naar|to) \\d+ (?:uur|hours)\\b|"
			// a number of days a week said as what is coming: "is going to work four
			// days a week from January", "gaat vanaf maart vier dagen per week werken"
			+ "\\b(?:is going to|are going to|will|gaat|gaan)(?: [\\p{L}\\d]+){0,3}? (?:(?:only|alleen|nog) )?"
			+ "(?:work " + DAYS + " (?:days|nights|shifts) (?:a|per) week|" + DAYS + " (?:dagen|nachten|diensten) "
			+ "(?:per|in de) week werken)\\b|"
			// the count said first and set against the old one later in the clause,
			// the words between it part of the change: "will work four days a week from
			// January instead of five", "gaat vanaf maart 32 uur werken in plaats van 40"
			+ "\\b(?:\\d{1,2}|" + DAYS + ") (?:uur|hours?|dagen|days|nights|nachten|shifts|diensten)\\b"
			+ "(?:(?! (?:and|en|but|maar) )[^.;!?\\n]){0,40}?(?:\\b(?:i\\.?p\\.?v\\.?|in plaats van|instead of|rather than)|"
			// or against the count of now: "(now five)", ", nu nog vijf", "up from 32"
			+ "\\(?\\b(?:now|currently|nu(?: nog)?|momenteel|was|previously|voorheen|(?:up|down) from)) "
			+ "(?:\\d{1,2}|" + DAYS + "|full-?time|fulltime|voltijd|part-?time|parttime|deeltijd)\\b(?! ?(?:"
			+ DateWords.MONTH + "|[-/.]\\d))|"
			// "cutting Jens's hours from 40 to 32", "de uren van Lotte Bos van 32 naar
			// 24"
			+ "(?:hours|uren)(?: [\\p{L}'’-]+){0,4}? (?:from|van) \\d+ (?:to|naar) \\d+\\b|"
			// "Jana's working hours go from 20 to 28", "contract hours rise from 24 to
			// 32"
			+ "(?:hours|uren) (?:will )?(?:go|goes|going|rise|rises|drop|drops|fall|falls|change|changes|increase|"
			+ "increases|decrease|decreases|gaan|go up|go down)(?: up| down)? (?:from|van) \\d+ (?:to|naar) \\d+\\b|"
			+ "(?:works?|werkt|werken) \\d+ (?:uur|hours?)(?= (?:per week|a week|in de week)(?: [\\p{L},]+){0,3} "
			+ "(?:i\\.?p\\.?v\\.?|in plaats van|instead of|(?:up|down) from)\\b)";

	/**
	 * A return to work after illness or burn-out, in steps: "her reintegration after her
	 * burnout starts in January", "het re-integratietraject van Saskia begint 1
	 * februari", "hervat op 4 januari het werk", "komt na haar bevalling weer aan het
	 * werk", "starts on therapeutic hours", "ze start met drie ochtenden per week". Still
	 * employed, so no one joins; the start word inside is the return's.
	 */
	private static final String RETURN_TO_WORK = "(?:(?:re-?integrati(?:e|on)(?:traject|plan)?|phased return|"
			+ "opbouw van (?:zijn|haar|de) uren|(?:hervat|hervatten)(?: [\\p{L}\\d'’-]+){0,4}? (?:het|zijn|haar|hun) werk|"
			+ "resumes? (?:work|(?:his|her|their) (?:work|duties))|"
			// after leave: "komt na haar bevalling weer aan het werk", "returns to work
			// after her maternity leave"
			+ "(?:komt|komen|gaat|gaan)(?: [\\p{L}\\d'’-]+){0,6}? weer aan het werk|"
			+ "(?:returns?|returning|comes? back|coming back|(?:is|are|will be) back) (?:to work )?(?:after|from) "
			+ "(?:her|his|their) "
			+ "(?:maternity|parental|paternity|sick) leave)(?:[^.;!?\\n]{0,50}?\\b(?:begint|start|starts|begins|"
			+ "gaat in)\\b)?|(?:starts?|start|begint|begins?) (?:on|with|met) (?:[\\p{L}\\d()]+ ){0,4}?"
			+ "(?:therapeutic hours|therapeutisch(?:e)? (?:uren|basis)|halve dagen|half days|(?:ochtenden|mornings|"
			+ "middagen|afternoons) (?:per|a) week))";

	private static final Pattern CUE = Pattern
		.compile("(?iu)\\b(?:" + RETURN_TO_WORK + "|minder (?:uren |dagen )?(?:gaan )?werk(?:en|t)|"
		// "met ingang van 1 januari minder gaat werken"
				+ "minder gaat werk(?:en|t)|"
				+ "meer (?:uren|dagen) (?:gaan )?werk(?:en|t)|(?:minder|meer|fewer|less|more|extra|reduced) hours|"
				+ "(?:minder|meer) uren|(?:cuts?|cutting|reduces?|reducing|increases?|increasing) (?:his|her|their) hours|"
				// a change to part-time or to n days, said with the verb of the change
				+ "(?:gaat|gaan|goes|going|go|moves?|moving|switch(?:es|ing)?|wordt|becomes?) (?:[\\p{L}\\d]+ ){0,4}"
				+ "(?:part-?time|deeltijd|halve dagen|half days)|"
				// "goes from four to three nights a week", "van vijf naar vier dagen"
				+ "(?:van|from) " + DAYS + " (?:naar|to) " + DAYS + " (?:dagen|days|nachten|nights|diensten|shifts)\\b|"
				// "is changing to four days a week", "stapt over op vier dagen"
				+ "(?:drops?|dropping|goes down|going down|cuts? back|terug|gaat (?:terug )?naar|goes to|"
				+ "chang(?:es|ing)|switch(?:es|ing)?|(?:stapt|gaat) over (?:naar|op)) (?:to )?" + DAYS
				+ " (?:dagen|days)|"
				// only some days of the week left: "werkt vanaf volgend jaar alleen nog
				// op
				// maandag, dinsdag en donderdag", "will only work Mondays and Fridays"
				+ "(?:alleen|enkel|uitsluitend|only|just) (?:nog |still )?(?:(?:works?|werkt|work) )?(?:op |on )?(?:de )?"
				+ DateWords.WEEKDAY_WORD + "(?:s|en)?(?:(?:, ?| en | and | & )" + DateWords.WEEKDAY_WORD
				+ "(?:s|en)?)+|"
				// only some shifts left, or some shifts stopped
				+ "(?:(?:works?|werkt|werken|doet|does) (?:nog )?)?(?:alleen|enkel|uitsluitend|only|just) (?:nog |still )?"
				+ "(?:(?:works?|werkt|doet|does) )?(?:(?:de|het|in de|in het|the|on|op) )?" + SHIFTS + "|"
				+ "(?:stopt|stoppen|stops?|stopping)(?: [\\p{L}\\d'’-]+){0,5}? (?:(?:met|with|doing|working) )?"
				+ "(?:de |the |zijn |haar |his |her |their )?(?:(?:met|with|doing|working) )?" + KIND_OF_SHIFT
				+ " ?(?:diensten|dienst|shifts?)\\b|no longer (?:works? |does |doing )?" + SHIFTS + "|"
				// hours said in a number, a shorter week
				+ "\\d+ uur (?:per week )?(?:gaan |gaat )?werk(?:en|t)(?: in plaats van \\d+)?|" + FROM_TO + "|"
				// days left or said for the week: "werkt nog maar 3 dagen", "gaat 4 dagen
				// per
				// week werken", "works part-time from January"
				+ "(?:nog maar|nog|only|just) " + DAYS + " (?:dagen|days)\\b|"
				// parts of days left: "werkt nog maar drie ochtenden", "only two mornings
				// a week"
				+ "(?:(?:werkt|works?)(?: [\\p{L}\\d'’-]+){0,6}? )?(?:nog maar|only|just) " + DAYS + " " + PARTS_OF_DAYS
				+ "|" + DAYS + " " + PARTS_OF_DAYS + " (?:per|a|in de) week|" + DAYS
				+ " (?:dagen|days) (?:per|a|in de) week "
				+ "(?:gaan |gaat )?werk(?:en|t)|(?:works?|werkt) (?:voortaan )?(?:part-?time|parttime|deeltijd)\\b|"
				// a holiday: "neemt in maart drie weken vakantie", "is on holiday in
				// January"
				+ "(?:neemt|takes?|gaat|goes|is|will be)(?: [\\p{L}\\d]+){0,4}? (?:op |on )?(?:vakantie|holiday|"
				+ "annual leave)\\b|" + "(?:(?:moves?|goes|switch(?:es)?) to )?(?:a |een )?(?:" + DAYS
				+ ")[- ]?(?:day|daagse) (?:work ?)?(?:week|werkweek)|" + NO_CHANGE + "|" + LAST_BEFORE_LEAVE + "|"
				+ ON_THE_ROAD + "|" + BackAtWork.SAID + "|" + LEAVE + "|" + ROTA + "|"
				// "from part-time to full time", "van parttime naar fulltime", "gaat
				// fulltime werken"
				+ "(?:van|from) " + TIME + " (?:naar|to) " + TIME + "|"
				+ "(?:gaat|gaan|goes|going|go|moves?|moving|switch(?:es|ing)?|wordt|becomes?) (?:[\\p{L}\\d]+ ){0,4}"
				// not a job said full-time: "becomes a full-time developer" is a new job
				+ "(?:full-?time|fulltime|voltijd)\\b(?! (?!(?:worker|member|medewerker|medewerkster)\\b)"
				+ "\\p{Ll}[\\p{L}-]*(?:er|or|ist|ant|ent|eur|ster)\\b))");

	/** The person stays: "blijft, maar …", "nothing else changes". */
	private static final Pattern STAYS = Pattern.compile(
			"(?iu)\\b(?:blijft|stays|remains|verder verandert er (?:niets|niks)|verder verandert (?:er )?(?:niets|niks)|"
					+ "verder blijft alles|nothing else changes|everything else stays)\\b");

	/**
	 * A start word that only says from when: "Starting January, Ann works four days a
	 * week", "Beginning Monday …". The change starts then; no one does.
	 */
	private static final Pattern FROM_A_DAY = Pattern.compile("(?iu)(?:starting|beginning)(?: (?:from|on|in))? " + "(?:"
			+ DateWords.MONTH + "|" + DateWords.WEEKDAY_WORD + "|\\d|next|tomorrow|today|this|volgende|morgen)");

	private HoursChange() {
	}

	/** Whether the start word at the index only says from when the change holds. */
	static boolean fromADay(String body, int at) {
		return FROM_A_DAY.matcher(body).region(at, body.length()).lookingAt();
	}

	/** Where the words say such a change, every time; empty when they do not. */
	static List<int[]> said(String body, int from, int to) {
		List<int[]> all = new ArrayList<>();
		Matcher cue = CUE.matcher(body).region(from, to);
		while (cue.find()) {
			all.add(new int[] { cue.start(), cue.end() });
		}
		return all;
	}

	/**
	 * Whether a rota changed is said before the person's part: "New rota for January
	 * attached; Piet de Vries and Emma Kok swap to nights" holds for both.
	 */
	static boolean rotaBefore(String body, int at) {
		return ROTA_SAID.matcher(body).region(0, at).find();
	}

	/**
	 * A day said inside a change of hours or a leave is none of a leaving said beside it:
	 * the first explicit day outside those words, if the chosen one is inside them.
	 */
	static DateWords.Mention outsideTheChange(String body, int from, int to, DateWords.Mention chosen,
			List<DateWords.Mention> days) {
		List<int[]> cues = said(body, from, to);
		if (cues.isEmpty() || !inside(cues, chosen)) {
			return chosen;
		}
		return days.stream()
			.filter(d -> d.explicit() && d.date() != null && !inside(cues, d))
			.findFirst()
			.orElse(chosen);
	}

	private static boolean inside(List<int[]> cues, DateWords.Mention day) {
		return cues.stream().anyMatch(cue -> day.start() >= cue[0] && day.end() <= cue[1]);
	}

	/** Whether the words say the person stays. */
	static boolean stays(String body, int from, int to) {
		return STAYS.matcher(body).region(from, to).find();
	}

}
