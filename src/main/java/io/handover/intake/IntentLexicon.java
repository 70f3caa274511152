package io.handover.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The intent lexicon in both languages: the words that say a person starts, moves or
 * leaves, each weighed strongly (3) or weakly (1). The first pattern to claim a stretch
 * of the message keeps it, so the order of the list matters: a longer, surer reading
 * comes before the plain word inside it.
 */
final class IntentLexicon {

	private IntentLexicon() {
	}

	/** What a starter is given: a request for one announces a starter. */
	static final String PROVISIONS = "(?:\\p{Ll}+ )?(?:accounts?|laptops?|werkplek(?:ken)?|workstations?|"
			+ "workplaces?|desk|access|toegang|logins?|inlog(?:gegevens)?|e-?mail(?:adres|account)?|mailbox|badge|"
			+ "(?:toegangs)?pas(?:je)?|phone|telefoon|equipment|spullen)";

	/** Intent words: each says one kind, strongly (3) or weakly (1). */
	private static final List<Intent> INTENTS = List.of(
			// claimed before the plain "wordt" and "gaat … van" inside them: an official
			// installed on a day starts then; the same unit in another town is a move
			intent(Announcement.Kind.STARTER, 3, NewTaskWords.INSTALLED),
			intent(Announcement.Kind.ROLE_CHANGE, 3, NewTaskWords.PLACE),
			// a joiner's relocation told aside weighs nothing: "Anna, who is moving from
			// Turin to Utrecht, starts …"
			intent(Announcement.Kind.STARTER, 0, NewTaskWords.RELOCATING),
			// back to a job held before: claimed before the rehire's "comes back"
			intent(Announcement.Kind.ROLE_CHANGE, 3, BackToOldJob.SAID),
			// a leaving told of the past in a rehire: claimed first, weighing nothing
			intent(Announcement.Kind.STARTER, 0, JoinerWords.LEFT_BEFORE_REHIRE),
			// an absence going on: "komt niet voor maart terug"
			intent(Announcement.Kind.STARTER, 0, JoinerWords.NOT_BACK_YET),
			// nothing new to set up: no starter's request
			intent(Announcement.Kind.STARTER, 0, JoinerWords.NOTHING_NEEDED),
			// a newcomer's notice at the employer they leave for us: no leaving here
			intent(Announcement.Kind.STARTER, 0, JoinerWords.NOTICE_ELSEWHERE),
			// a dismissal "within his probation period": no temp's start
			intent(Announcement.Kind.LEAVER, 0, LeaverWords.IN_PROBATION),
			// a leaving denied, a move said after it: the move's words say the kind
			intent(Announcement.Kind.LEAVER, 0, LeaverWords.DENIED),
			// work given up for a new job just said: the new job's words say the kind
			intent(Announcement.Kind.LEAVER, 0, LeaverWords.STOPS_FOR_THE_MOVE),
			intent(Announcement.Kind.LEAVER, 0, LeaverWords.SUCCESSOR_OF_THE_OLD_JOB),
			intent(Announcement.Kind.LEAVER, 0, LeaverWords.TRAINS_A_SUCCESSOR),
			// the leaving of the one a starter replaces, told of the past
			intent(Announcement.Kind.STARTER, 0, Successor.LEFT_BEFORE),
			// no one said to follow in the job: "nobody replaces him in that role"
			intent(Announcement.Kind.STARTER, 0, NoSuccessor.SAID),
			// a temporary starter's end, said after the arrival: claimed before the
			// leavers
			intent(Announcement.Kind.STARTER, 1, JoinerWords.STAYS_UNTIL_AFTER_ARRIVAL),
			// already at work since a recent day, not yet told
			intent(Announcement.Kind.STARTER, 2, JoinerWords.SITS_WITH_US_SINCE),
			// a rehire, and a temp's stay from one day to another, before the leaving
			// words claim "left" or "tot en met"
			intent(Announcement.Kind.STARTER, 3, JoinerWords.REHIRED),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.TEMP_NEW),
			intent(Announcement.Kind.STARTER, 1, JoinerWords.SEASON_TEMPS),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.TEMP_STAY),
			intent(Announcement.Kind.STARTER, 1, JoinerWords.STAY),
			intent(Announcement.Kind.STARTER, 1, JoinerWords.FILLED_AGAIN),
			// leavers
			intent(Announcement.Kind.LEAVER, 3,
					"leav(?:es|ing)|left|last (?:working |work )?day|final (?:working |work )?(?:day|shift)|last shift|laatste dienst|"
							// a bar's or a night shift's last one: "the last night of
							// bartender X with us" (not "last night", yesterday)
							+ "(?<=(?:the|his|her|their) )last (?:night|evening)(?= (?:of|with us|here)\\b)|"
							// a bare plural "leave" with a date or a place after it, not
							// a leave of absence
							+ "(?<!\\b(?:on|of|maternity|paternity|parental|sick|annual|study|unpaid|special|compassionate|"
							// one's own leave: "back from her (burn-out) leave on Monday"
							+ "her|his|their|my|your|burn-?out|care|carer's|garden(?:ing)?|take|takes|taking|took|taken) )leave(?= (?:on|per|after|next|this|tomorrow|today|us|our|the (?:company|team|organi[sz]ation)|"
							// "Two helpdesk agents leave in January"
							+ "in (?:january|february|march|april|may|june|july|august|september|october|november|december))\\b)|"
							+ "vertrokken|uitstroom|uitstromen|uitstromers?|stroomt uit|stromen uit|"
							+ "(?:won't|will not|are not|aren't|is not|isn't) be (?:extending|renewing|prolonging|continuing)|"
							+ "resign(?:s|ed|ing)?|resignation|quit(?:s|ting)?|offboard(?:ing|ed)?|off-board(?:ing)?|"
							+ "(?:contract|notice period)(?-i: [\\p{Ll}'’]+){0,4} (?:ends|will end|expires|is ending|end|runs out|finishes)|"
							+ "notice period|retir(?:e|es|ing|ed|ement)|departure|departs|"
							+ "(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?) in (?:(?:his|her|their|a) )?(?:notice|resignation)|"
							+ "finish(?:es|ed|ing)? (?:(?:up )?(?:with us|here|at (?:the|our) (?:company|organi[sz]ation))|"
							+ "(?:his|her|their) (?:job|employment|work) (?:here|with us)|"
							// "will finish her contract on 31 March": the contract is
							// ours
							+ "(?:his|her|their) contracts?(?= (?:with (?:us|the [\\p{L}-]+|our [\\p{L}-]+) )?(?:on|per|at|this|next|in)\\b))|"
							+ "(?:will|to|shall|going to|wants to|decided to) leave|"
							+ "(?:leaving|leave|exit|departure) date|vertrekdatum|uitdienstdatum|"
							+ "(?:works|working|stays|staying|remains|is) (?:here |with us |for us )?(?:until|till)(?! now| then)"
							+ "(?! \\d{1,2}(?:[:.]\\d{2})? ?(?:pm|am|p\\.m\\.|a\\.m\\.|o'clock)(?!\\p{L}))|"
							// the plural said of two or more: "both work until 24
							// December",
							// "werken allebei nog t/m 29 januari"
							+ "(?:both|all|each|will|(?<=\\p{L}, )) ?work (?:here |with us |for us )?(?:until|till)(?! now)"
							// not a time of day: "both work until 5 pm on Fridays"
							+ "(?! \\d{1,2}(?:[:.]\\d{2})? ?(?:pm|am|p\\.m\\.|a\\.m\\.|uur|h|o'clock)\\b| \\d{1,2}[:.]\\d{2}\\b)|"
							+ "werken (?:hier |bij ons )?(?:(?:allebei|beiden|beide|alle(?:maal|drie|vier)?|nog) )*(?:tot|t/m)\\b"
							+ "(?! \\d{1,2}(?:[:.]\\d{2})? ?(?:uur|u|h)\\b| \\d{1,2}[:.]\\d{2}\\b)|"
							// not till a move just said: "Hij blijft tot die tijd de
							// orders verzamelen"
							+ "(?:werkt (?:hier |bij ons )?(?:nog )?(?:tot|t/m)|blijft (?:hier |bij ons )?(?:nog )?tot)"
							+ "(?! (?:die tijd|dan|dat moment)\\b)|" + "gestopt|beëindig(?:d|t|en)|pensionering|"
							+ "leaver|uit dienst|uitdienst|uitdiensttreding|laatste (?:werk)?dag|"
							// not a trip's "voor vertrek" (before it sets off)
							+ "(?<!\\bvoor )vertrek(?:t|ken)?|"
							// the longer phrase first: "ontslag genomen: kim wouters"
							// ends where the name begins
							+ "ontslag (?:ingediend|genomen|aangevraagd)|"
							// a summary dismissal said as a noun, whose name after it:
							// "ontslag op staande voet (gegeven) aan/voor piet de wit"
							+ "ontslag op staande voet(?: (?:gegeven|verleend))?(?: (?:aan|voor)(?= \\p{L}))?|"
							// … or said bare after a chat's "weg": "vandaag weg, op
							// staande
							// voet"
							+ "weg,? op staande voet|"
							// … and the other nouns of it: "dismissal with immediate
							// effect for …", "beëindiging dienstverband voor …"
							+ "dismissal|beëindiging (?:van (?:het|zijn|haar) )?(?:dienstverband|arbeidsovereenkomst|contract)|ontslag|opgezegd|zegt (?:zijn|haar) (?:baan|contract) op|loopt af|afloopt|eindigt|"
							+ "met pensioen|pensioen|werkt (?:nog )?tot(?: en met)?|afscheid(?: (?:moeten |moesten )?(?:genomen|nemen|neemt|namen) van)?|afmelden|stopt|stoppen|"
							+ "stops working|is stopping|verlaat|verlaten|moving on|let go|dismissed|fired|sacked|ontslagen|(?:moeten|moesten) ontslaan|"
							+ "end date|einddatum|offboarden|exit|part(?:s|ing)? ways|(?:given|gave|giving|gives) "
							+ "(?:(?:his|her|their) )?notice|depart(?:s|ing|ed)?|with us until(?! now)|bij ons tot(?! nu| dusver| op heden)|"
							+ "(?:not|niet) (?:be |being |worden |meer )?(?:renewed|extended|verlengd)|"
							+ "(?:won't|will not|wordt niet|is niet) (?:be )?(?:renewed|extended|verlengd)|"
							+ "terminat(?:e|ed|es|ion|ing)|deprovision(?:ed|ing)?|farewell|says? goodbye|saying goodbye|"
							+ "(?:employment|dienstverband|arbeidsovereenkomst)(?-i: [\\p{Ll}'’]+){0,4} (?:ends|will end|eindigt|stopt)|"
							+ "uitschrijven|zegt op|heeft opgezegd|"
							+ "no longer (?:be )?(?:with us|work(?:s|ing)? (?:here|for us|with us)|employed|in service)|"
							+ "(?:won't|will not) be (?:working|employed) (?:here|with us|for us)|"
							+ "niet meer (?:bij ons|in dienst|werkzaam)|(?:goes|going|go) on (?:his |her |their )?pension|"
							// "pension" naming a fund, desk or job is a sector, not a
							// retirement: "our pension adviser", "the pension desk"
							+ "pension(?:ed)?(?! (?:fund|funds|administrat\\w*|advis[eo]rs?|consultants?|desk|office|"
							+ "schemes?|plans?|team|department|provider|insurers?|insurance|company|board|analysts?|"
							+ "specialists?|experts?|services?|sector|industry|products?|rights|savings|contributions?)\\b)|"
							+ "vertrekkers?|uittreders?|leavers|"
							// Dutch separable verbs split by a date, a name or an adverb:
							// "gaat
							// per 26 februari weg", "loopt eind januari af", "gaan
							// allebei weg"
							+ "(?:gaat|gaan|ging|gingen)(?: [\\p{L}\\d'’()-]+){0,9} weg(?! van)(?! bij (?:het |de |the )?[\\p{L}-]+(?: [\\p{L}-]+)?,? (?:en |and )?(?:komt|begint|start|gaat|stapt|wordt)\\b)|"
							+ "(?:loopt|lopen|liep|liepen)(?: [\\p{L}\\d'’()-]+){0,9} af(?! te)|"
							// … around a list of whose: "lopen de contracten van Bram
							// Dekker, Eva Smit en Joris Mulder op 28 februari af"
							+ "(?:loopt|lopen|liep|liepen) (?:het|de) contract(?:en)? van(?:,? [\\p{L}\\d'’()-]+){1,16} af(?! te)|"
							+ "(?:houdt|houden)(?: [\\p{L}\\d'’()-]+){0,5} op met werken|"
							+ "(?:will|to|going to|gonna|shall|wants to|decided to|has to|must) stop(?: working| work)?|"
							+ "stop(?:s|ped|ping)? (?:working|work)|voor (?:het|'t|t) laatst|"
							+ "(?:contract|notice period|dienstverband|arbeidsovereenkomst|aanstelling)"
							+ "(?: [\\p{L}\\d'’()-]+){0,6}? (?:ends|will end|expires|is ending|runs out|will run out|"
							+ "finishes|eindigt|afloopt)|"
							+ "(?:not|niet) (?:extending|renewing|prolonging|continuing|verlengen|voortzetten)|"
							+ "(?:not|niet) (?:be |being |worden )?prolonged"),
			intent(Announcement.Kind.LEAVER, 1, "ends|will end|expires|ending|runs out|run out|"
					// not a past day: "is afgelopen dinsdag begonnen"
					+ "afgelopen(?! (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|week|weekend|maand|jaar|nacht)\\b)|tot en met|finishes|"
					// not the unit that finishes goods: "goes from finishing to the dye
					// house"
					+ "(?<!\\b(?:from|to|in|into|at|on) )finishing|"
					// "both finish on 23 December": the plural with its day
					+ "finish(?= (?:on|this|next|tomorrow|today|per|at the end)\\b)|"
					// not a closing denied: "Gewoon doorbetalen en niks afsluiten"
					+ "(?<!\\b(?:niks|niets|niet|nothing|not|don't|don’t|do not) )(?:disable|close|block|deactivate|"
					+ "afsluiten|blokkeren|uitschakelen|revoke|remove|delete|verwijderen|intrekken|inleveren)"
					+ "(?-i: [\\p{Ll}'’]+){0,3}"),
			// leaving said in idiom or formal HR words; a job elsewhere is no start here
			intent(Announcement.Kind.LEAVER, 3, LeaverWords.EVERYDAY),
			intent(Announcement.Kind.LEAVER, 2, LeaverWords.ACCESS_TO_GO),
			intent(Announcement.Kind.LEAVER, 2, LeaverWords.THINGS_BACK),
			intent(Announcement.Kind.LEAVER, 3, StaysOn.GOES_ON_ONES_OWN),
			intent(Announcement.Kind.LEAVER, 2, LastDayWords.PAST),
			intent(Announcement.Kind.LEAVER, 2, LastDayWords.OWN_LAST),
			intent(Announcement.Kind.STARTER, 3, JoinerWords.EVERYDAY),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.BECOMES_AND_STARTS),
			intent(Announcement.Kind.STARTER, 3, JoinerWords.WELCOMED),
			intent(Announcement.Kind.STARTER, 2, Reinforced.CUE),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.NEEDED),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.HAVE_FROM),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.FROM_ELSEWHERE),
			intent(Announcement.Kind.STARTER, 2, ListItems.NEW_HEADING),
			intent(Announcement.Kind.STARTER, 2, ListItems.MORE_HEADING),
			intent(Announcement.Kind.LEAVER, 3, ListItems.GONE_HEADING),
			intent(Announcement.Kind.STARTER, 1, ListItems.DATED_ITEM),
			intent(Announcement.Kind.STARTER, 1, ListItems.DATED_HEADING),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.NO_VERB),
			intent(Announcement.Kind.ROLE_CHANGE, 3, JoinerWords.MOVES),
			intent(Announcement.Kind.ROLE_CHANGE, 2, JoinerWords.MOVES_INTO),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.APPOINTED),
			intent(Announcement.Kind.STARTER, 2, Successor.TAKES_OVER),
			intent(Announcement.Kind.STARTER, 1, Successor.PLACE_OF_A_LEAVER),
			intent(Announcement.Kind.ROLE_CHANGE, 1, Successor.ROLE_TAKEN_OVER),
			intent(Announcement.Kind.ROLE_CHANGE, 1, TakenOverFrom.TAKES),
			// a successor: "Sofie volgt op 4 januari onze kok Pieter Brand op"
			intent(Announcement.Kind.STARTER, 2,
					"succeeds|will succeed|is succeeding|"
							+ "(?:volgt|volgen)(?: [\\p{L}\\d'’-]+){1,8} op(?=\\s*(?:[,.;!?]|$|en\\b|per\\b|als\\b))"),
			// movers
			intent(Announcement.Kind.ROLE_CHANGE, 3,
					"role change|change of role|weg bij (?:het |de )?[\\p{L}-]+(?: [\\p{L}-]+)?,? (?:en )?(?:komt|begint|start|gaat|stapt)(?: (?:dan|daarna|daarmee|vervolgens))? (?:bij|naar|in|op|aan)|"
							+ "(?:chang|updat|adjust|amend)(?:e|es|ed|ing)(?: [\\p{L}'’-]+){0,3} (?:role|job title|title|position|function) (?:to|into|as)|"
							+ "(?:wijzig|verander|pas)(?:t|en|d)?(?: [\\p{L}'’-]+){0,4} (?:functie|rol) (?:naar|in)|"
							+ "changes? roles?|changing roles?|new role|nieuwe (?:rol|functie)|"
							+ "functiewijziging|andere functie|van functie|"
							// two who swap places: "ruilen Anke Vos en Bram Kok van plek"
							+ "(?:ruilen|wisselen|ruilt|wisselt)(?: [\\p{L}'’-]+){0,6}? van (?:plek|plaats|werkplek|"
							+ "locatie|vestiging|team|afdeling)\\b|" + "promot(?:ed|ion|es)|gepromoveerd|promotie|"
							+ "switch(?:es|ing)?(?-i: [\\p{Ll}'’]+){0,2} (?:to|from|roles|over)|switch(?:es)? to|"
							// not a job or a field named by it: "as a transfer agent",
							// "transfer-pricing
							// specialist"
							+ "transfer(?:s|red|ring)?(?! (?:vessel|boat|ship|bus|service|desk)\\b)"
							+ "(?![ -](?:agents?|pricing|coordinators?|co[oö]rdinatoren|officers?|specialists?|clerks?|"
							+ "drivers?|chauffeurs?|team|window|fees?|market|season|deadline|payments?)\\b)|internal (?:move|transfer)|interne (?:overstap|verhuizing|wissel|"
							+ "overplaatsing)|overstap(?:t|pen)?|stapt(?-i: [\\p{Ll}'’]+){0,3} over|wisselt|moves? (?:to|from|into|over)|"
							+ "moving (?:to|from|into|over)|takes on the|neemt de rol|doorgroei(?:t|en)|groeit door|"
							+ "gaat over naar|overplaatsing|overgeplaatst|steps? up|stepping up|rolwissel|"
							// not a newcomer's job named so: "a new job coach"
							+ "new (?:position|job|function)\\b(?! (?:coach|hunter|seeker|consultant|counsell?or|adviser|advisor)s?\\b)|"
							+ "nieuwe (?:positie|baan)|steps? into|stepping into|"
							+ "transition(?:s|ing)? (?:from|to|into)|"
							// not a move home abroad: "Gülay verhuist naar Turkije"
							+ "verhuist(?: [\\p{L}\\d'’()-]+){0,6} naar(?! (?-i:\\p{Lu})| het buitenland\\b)|"
							+ "(?:gaat|stapt)(?-i: [\\p{Ll}\\d'’]+){0,5} intern over|schuift(?-i: [\\p{Ll}\\d'’]+){0,5} door|"
							+ "changes? jobs?|interne? (?:move|transfer|overstap|verschuiving|mobiliteit)|"
							+ "internally|(?:van|from) (?!(?:ons|us) (?:naar|to) )"
							// the route opens at the second "van" when the first is a
							// surname's: "ruud van wersch van de logistiek naar …", "ruud
							// van der berg van", "tess van loon moves from"; not at a
							// unit's "van het team van petra naar"
							+ "(?!(?!(?:de|het|the|our|ons|onze|een|an?) )(?-i:[\\p{Ll}'’-]+)(?-i: [\\p{Ll}'’-]+)? (?:van|from) )(?-i:(?:[\\p{Ll}'’-]+ |\\p{Lu}{2,4} )(?:[\\p{Ll}'’-]+ |\\p{Lu}{1,4} |\\p{Lu}{1,5}-[\\p{L}-]+ |\\p{Lu}[\\p{Ll}]+(?:se|sche) |\\d{1,3} ){0,5}"
							// a place or unit named last: "van de bibliotheek Oost naar"
							+ "(?:\\p{Lu}[\\p{Ll}-]+ )?)(?:naar|to|into) "
							// not a person added to a system: "add lisa van beek to the
							// system"
							+ "(?!(?:the |our |het |ons )?(?:system|systeem|systems|payroll|mailing ?list|list|lijst|"
							+ "channel|kanaal)\\b)"),
			intent(Announcement.Kind.ROLE_CHANGE, 1,
					// not a passive, its agent first: "wordt voortaan door een developer
					// gebouwd" (but "wordt … opgevolgd door" stays)
					"becomes|will become|becoming|to become|became|wordt(?!(?: (?![\\p{L}]+[dt]\\b)[\\p{L}\\d]+){0,3} door\\b)"
							// nor a passive of work handed on: "Zijn wijk wordt
							// overgenomen"
							+ "(?!(?: [\\p{L}\\d]+){0,3} (?:overgenomen|waargenomen|opgevangen|verdeeld)\\b)"
							// nor a team done to: "Mijn team wordt uitgebreid!"
							+ "(?! " + PassiveAfterBecomes.PARTICIPLE
							+ ")|takes over|neemt(?-i: [\\p{Ll}'’]+){0,2} over|"
							+ "gaat(?-i: [\\p{Ll}\\d'’]+){0,4} naar"),
			// the name inside, and a unit or a job after it: "neemt Ilse Jonker de
			// facilitaire dienst over"
			intent(Announcement.Kind.ROLE_CHANGE, 1,
					"neemt(?-i:(?: \\p{Lu}[\\p{L}'’-]+| (?:van|de|der|den|ter|el|'t)){1,4}) (?:de|het)(?-i: \\p{Ll}[\\p{L}-]*){1,3} over\\b"),
			// a unit taken over with the job it is run in, its day or place inside:
			// "neemt per 1 februari de winkel in Leuven over als filiaalmanager"
			intent(Announcement.Kind.ROLE_CHANGE, 1, TakenOverAs.WORDS),
			intent(Announcement.Kind.ROLE_CHANGE, 1, JoinerWords.MOVES_WEAK),
			// a chat's arrow from a name to a job or place: "tom hendricks -> account
			// manager", "dean whitaker breda -> eindhoven"
			intent(Announcement.Kind.ROLE_CHANGE, 1, "(?m)(?<=^[\\p{L}'’ -]{3,60})\\s*(?:->|→|=>)\\s*(?=\\p{L})"),
			intent(Announcement.Kind.ROLE_CHANGE, 2, JoinerWords.ON_THE_ROAD),
			// a new task or the old job set against the new one, no move verb; a
			// joiner's start words still win
			intent(Announcement.Kind.ROLE_CHANGE, 1, NewTaskWords.LEADS),
			intent(Announcement.Kind.ROLE_CHANGE, 3, NewTaskWords.CONTRAST),
			intent(Announcement.Kind.ROLE_CHANGE, 3, NewTaskWords.TO_UNIT_AS),
			intent(Announcement.Kind.LEAVER, 3, NewTaskWords.FROM_US),
			// a task taken on, no job held now: "Zij neemt het ouderenpastoraat op zich"
			intent(Announcement.Kind.STARTER, 0, "(?:neemt|nemen|nam|namen)(?: [\\p{L}'’-]+){1,4} op zich"),
			// the job held now, also with the verb between: "nu is hij nog verkoper"; set
			// off beside the name: "mr. Bart Schoemaker, nu rechter in de sector civiel,"
			intent(Announcement.Kind.ROLE_CHANGE, 2,
					"(?<=\\p{Lu}[\\p{L}'’-]{1,30}, )nu (?!(?:al|ook|even|wel|dus|toch|eenmaal|eindelijk|echt)\\b)"
							+ "(?-i:\\p{Ll}[\\p{L}-]+)(?=[ ,])|op zich|currently|"
							// in English, the unit held now: "Patricia Schoneveld, now at
							// reception, takes over"
							+ "(?<=\\p{Lu}[\\p{L}'’-]{1,30}, )(?:now|still) (?:at|in|on|with|working (?:at|in|on))"
							+ " (?:the |our )?\\p{L}[\\p{L}-]+(?=[ ,;)])|"
							// not a thing used for now: "werkt nu nog op een leenlaptop"
							+ "nu nog(?! (?:op|met|zonder) een\\b)|nu (?:is|werkt|zit|staat) (?:hij|zij|ze) nog|"
							+ "(?:hij|zij|ze) is nu nog|momenteel|"
							// not a day set against another: "instead of the 4th", "in
							// plaats van op 1 februari", "in plaats van tot 31 december",
							// "in plaats van in januari"; nor a count ("instead of five",
							// "in plaats van fulltime"), which {@link HoursChange} reads
							+ "(?:in plaats van|instead of)(?! (?:(?:on|op|per|the|de|tot|until|till|in)\\s+)*(?:\\d|"
							+ DateWords.WEEKDAY_WORD + "|" + DateWords.MONTH
							+ "|(?:een|twee|drie|vier|vijf|zes|one|two|"
							+ "three|four|five|six|full-?time|fulltime|voltijd|part-?time|parttime|deeltijd)\\b)"
							// nor a device asked for ("a MacBook instead of the standard
							// laptop"), which a starter needs as much as a mover
							+ "| (?:(?:the|a|an|de|het|een|his|her|zijn|haar) )?(?:" + PROVISIONS
							+ "|(?:\\p{Ll}+ )?(?:computers?|pc|macbook|monitors?|screens?|schermen|scherm|tablets?|ipad|headsets?|"
							+ "mobiel|mobile))\\b"
							// nor a thing done otherwise: "in plaats van alles uit te
							// besteden", "instead of outsourcing it"
							+ "| (?:[\\p{L}]+ ){0,3}(?:te|om te) \\p{L}+en\\b| (?<=instead of )(?:[\\p{L}]+ )?\\p{L}+ing\\b)|"
							// not a former employer ("previously at a bank"), nor a
							// plan given up ("not on 5 April as previously agreed")
							+ "(?:formerly|previously|voorheen)(?! (?:at|with|bij|employed|worked|werkzaam|planned|"
							+ "scheduled|agreed|arranged|announced|communicated|mentioned|said|stated|reported|told|"
							+ "gepland|afgesproken|gemeld|aangekondigd|doorgegeven|vermeld)\\b)"),
			// joiners
			intent(Announcement.Kind.STARTER, 3,
					"new (?:starters?|joiners?|hires?|colleagues?|employees?|team ?members?|teammates?|recruits?|persons?|people|faces?|"
							+ "additions?|arrivals?)(?= (?:on|in|to|at|for|joining|starting|from|:|,)|[:,!.]| \\p{Lu})|"
							+ "nieuwe? (?:gezicht(?:en)?|aanwinsten)|"
							// Dutch "instromen" (also split: "stroomt per 1 maart bij ons
							// in") and the Flemish "vervoegen"
							+ "instromen|instroom|instromers?|stroomt in|stromen in|"
							+ "(?:stroomt|stromen|stroomde|stroomden)(?: [\\p{L}\\d'’()-]+){0,9} in(?=[ ,.;:!?]*(?:als|as|per|op|vanaf|$|[.;!?]))|"
							+ "vervoeg(?:t|en|de|den|d)|aanmelding|ingangsdatum|"
							+ "nieuwe (?:collega'?s?|medewerkers?|"
							+ "medewerksters?|starters?|krachten|kracht|teamgenoten|teamgenoot|aanwinst)|hired|recruited|aangenomen|in dienst|"
							// a heading: "Hiring: two developers, …"
							+ "hiring(?=\\s*:)|"
							+ "indienst|indiensttreding|first (?:working |work )?day|eerste (?:werk)?dag|welcome|welkom|"
							// a first shift with us: "haar eerste avonddienst bij ons"
							+ "(?:eerste|first) (?:[\\p{L}-]{2,20})?(?:dienst|shift)(?= (?:bij ons|with us|here)\\b)|"
							+ "onboard(?:ing|en)?|join(?:s|ed|ing)? (?:us|the company|our company|the team|our team)|has joined|"
							+ "signed (?:the|his|her|their) contract|starters?|joiners?|versterkt|versterken|start ?date|"
							+ "startdatum|begin(?:t|nen) bij ons|komt bij ons|"
							+ "bij ons(?<!\\b(?:al|sinds|jaar|jaren|lang|nu|nog|momenteel) bij ons) (?:komt |komen |gaat |gaan )?werk(?:t|en)|"
							+ "komt(?-i: [\\p{Ll}\\d'’]+){0,4} bij ons (?:werken|aan de slag)|new in the team|nieuw in het team|"
							+ "commenc(?:e|es|ed|ing)(?: (?:employment|work))?|(?:come|comes|came|coming) on board|"
							+ "(?:taken|taking) on|accepted (?:our|the|an|his|her) (?:job )?offer|"
							+ "(?:come|comes|coming) (?:to )?work (?:for|with) us|"
							+ "verwelkom(?:en|t)|welcome aboard|aanmelden|aanmaken|gaat bij ons|replaces|replacing|will replace|"
							+ "vervangt|vervanger|opvolger|opvolgster|successor|"
							+ "bij ons(?<!\\bal jaren bij ons|\\bal lang bij ons|\\bnu bij ons|\\bnog bij ons|\\bmomenteel bij ons|\\bsinds bij ons) (?:als|aan de slag|in dienst)"),
			// help from a day on, said as a newcomer's: "will support us as biologist",
			// "komt ons team ondersteunen"
			intent(Announcement.Kind.STARTER, 2,
					"will (?:support|strengthen|reinforce) (?:us|our team|the team)(?= as\\b)|"
							+ "(?:komt|komen)(?: [\\p{L}'’-]+){0,4} ons(?: team)? ondersteunen"),
			intent(Announcement.Kind.STARTER, 3,
					"(?:temporary|fixed[- ]term|tijdelijke?|jaarcontract|proeftijd|probation(?:ary)?(?: period)?|"
							+ "trial period)(?= (?:\\p{L}+ )?(?:contract|period|ends|loopt|eindigt|of|van|tot|until))"),
			// a request to provide what a starter needs: "Graag een account en werkplek
			// voor …", "Can you prepare a laptop for …", "Please arrange access for …"
			intent(Announcement.Kind.STARTER, 2, "(?:(?:set(?:ting)? up|prepare|arrange|create|order|request|provide|"
					+ "organi[sz]e|regel(?:en)?|maak|maken|aanmaken|klaarzetten|klaar zetten|klaarmaken|aanvragen|"
					+ "bestellen|inrichten)(?-i: [\\p{Ll}'’-]+){0,3}|(?:graag|please|pls|need|needs|nodig|like|"
					+ "give|geef|geven|get|krijgt|krijgen)(?: [\\p{L}'’-]+){0,4} (?:a|an|een|new|nieuwe?))" + " (?:"
					// not what is closed for a leaver: "arrange the account closure"
					+ PROVISIONS + ")(?! (?:back|terug|returned|retour|in\\b|closure|closing|deactivation|removal|"
					// "arrange laptops to be returned"
					+ "(?:to )?be (?:returned|handed (?:in|back)|wiped)|"
					+ "deletion|afsluiting|opheffing|blokkering|verwijdering))|"
					// Dutch puts the verb last: "een laptop klaarzetten", "de inlog
					// regelen"
					+ "(?:" + PROVISIONS + ")(?: (?:en|and|&|\\+|,) (?:een |a |an |de |het )?(?:" + PROVISIONS + "))*"
					// not one still ready from before: "of haar laptop nog klaarligt"
					// (back from
					// leave)
					+ "(?: [\\p{Ll}'’-]+){0,3} (?<!\\bnog )(?<!\\bstill )(?:klaarzetten|klaar zetten|klaarmaken|regelen|aanmaken|aanvragen|"
					+ "bestellen|inrichten|maken|geven|klaar ?(?:staan|staat|stond|liggen|ligt|lag)|klaar hebben|gereed(?:staan| staan)?)|"
					+ "(?:" + PROVISIONS + ") (?:(?:to )?be )?ready for (?:the |our |a )?new\\b"),
			// "Vanaf 18 januari werkt Kim de Ridder als … bij ons": the verb before the
			// name,
			// after a time ahead put first; weakly (1), as a mover says it too ("Per 1
			// maart
			// werkt Anna als ontwikkelaar bij ons, nu nog verkoper")
			intent(Announcement.Kind.STARTER, 1,
					"werkt(?<=\\b(?:vanaf|per|met ingang van|m\\.i\\.v\\.|volgende|komende|straks|binnenkort|over)\\b.{0,30}werkt) (?-i:\\p{Lu})[\\p{L}'’-]*(?: (?!(?:nu|nog|al|momenteel|sinds|since|already)\\b)[\\p{L}\\d'’()-]+){0,6} bij ons"),
			intent(Announcement.Kind.STARTER, 1, "(?:will be|is|gets|wordt) (?:employed|hired)|(?<!self-)employed"),
			intent(Announcement.Kind.STARTER, 1, JoinerWords.WORKS_FROM),
			intent(Announcement.Kind.STARTER, 1, WorksAt.AHEAD),
			intent(Announcement.Kind.STARTER, 1, JoinerWords.WORKS_AHEAD),
			intent(Announcement.Kind.STARTER, 2, JoinerWords.WORKS_SINCE),
			intent(Announcement.Kind.STARTER, 2,
					"(?:(?:a|our|een|onze|the|de|het) )?(?:new|nieuwe)(?= (?:\\p{L}+ ){0,2}(?:colleague|collega|member|medewerk|employee|"
							+ "hire|programm|develop|ontwikkel|engineer|carer|care|zorg|verzorg|account|sales|verkop|"
							+ "facilit))"),
			intent(Announcement.Kind.STARTER, 1,
					"starts?|starting|begins?|beginning|begint|beginnen|joins?|joining|komt(?-i: [\\p{Ll}'’]+){0,3} werken|"
							// "is coming to work by us from next Monday"
							+ "(?:comes?|coming) to work|"
							+ "aan de slag|treedt|komt|starten|komen(?-i: [\\p{Ll}\\d'’]+){0,4} bij|"
							// past and present perfect: "started today", "is vandaag
							// begonnen"
							+ "started|began|begun|joined|begonnen|begon|gestart|startte|set(?:ting)? up"));

	static List<IntentMatch> find(String lower) {
		List<IntentMatch> found = new ArrayList<>();
		for (Intent intent : INTENTS) {
			Matcher matcher = intent.pattern().matcher(lower);
			while (matcher.find()) {
				int start = matcher.start();
				int end = matcher.end();
				if (found.stream().noneMatch(f -> f.start() < end && start < f.end())) {
					found.add(new IntentMatch(intent.kind(), intent.weight(), start, end));
				}
			}
		}
		found.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return found;
	}

	private static Intent intent(Announcement.Kind kind, int weight, String words) {
		return new Intent(kind, weight,
				Pattern.compile("\\b(?:" + words + ")\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
	}

	private record Intent(Announcement.Kind kind, int weight, Pattern pattern) {
	}

}
