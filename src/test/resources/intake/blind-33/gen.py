"""Blind-33: managers' announcements written by hand, one at a time (8 December 2026).

Every message is followed by what HR would fill in, written by hand. The helpers (copied
from blind-32's gen.py, itself copied from blind-31's) only turn the date a reader means into
a calendar date counted from TODAY (Thursday 2026-12-03). Run: python3 gen.py
"""
import datetime as dt
import json
import os
import re

TODAY = dt.date(2026, 12, 3)
ROLES = {None, "account-manager", "care-worker", "facility-coordinator", "software-engineer"}
EN_DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def _day(name):
    name = name.lower()
    return EN_DAYS.index(name) if name in EN_DAYS else NL_DAYS.index(name)


def D(y, m, d):
    return dt.date(y, m, d).isoformat()


def MD(m, d):
    """A day and month without a year: the first such date on or after today."""
    x = dt.date(TODAY.year, m, d)
    return (x if x >= TODAY else dt.date(TODAY.year + 1, m, d)).isoformat()


def P(n):
    """n days from today; negative in the past."""
    return (TODAY + dt.timedelta(days=n)).isoformat()


def WD(name):
    """A bare, 'this coming', 'komende' or 'a.s.' weekday: the first such day after today."""
    return (TODAY + dt.timedelta(days=(_day(name) - TODAY.weekday()) % 7 or 7)).isoformat()


def NW(name):
    """'volgende week X' / 'X next week': that day in the week of Monday 2026-12-07."""
    return (dt.date(2026, 12, 7) + dt.timedelta(days=_day(name))).isoformat()


def LW(name):
    """'vorige week X' / 'X last week': that day in the week of Monday 2026-11-23."""
    return (dt.date(2026, 11, 23) + dt.timedelta(days=_day(name))).isoformat()


def WK(week, name="monday", year=2027):
    """A day of an ISO week ('maandag week 3')."""
    return dt.date.fromisocalendar(year, week, _day(name) + 1).isoformat()


def ON(name, iso):
    """A weekday written next to a date must agree with it."""
    assert dt.date.fromisoformat(iso).weekday() == _day(name), (name, iso)
    return iso


NOW = TODAY.isoformat()


def J(name, date, role=None):
    return {"kind": "JOINER", "name": name, "date": date, "role": role}


def L(name, date, role=None):
    return {"kind": "LEAVER", "name": name, "date": date, "role": role}


def MV(name, date, role, frm):
    return {"kind": "MOVER", "name": name, "date": date, "role": role, "fromRole": frm}


MESSAGES = []


def m(lang, text, *expect, past=False, none=False):
    """past: a date before today is meant; none: the message announces no one."""
    MESSAGES.append((lang, text, list(expect), past, none))


AM, CW, FC, SE = "account-manager", "care-worker", "facility-coordinator", "software-engineer"


# --- Part 1 (ac001-ac150) ---------------------------------------------------------------------

# A film-dubbing and subtitling studio (Hilversum, with a studio in Mechelen)
m("nl", "Goedemiddag,\n\nVanaf woensdag 13 januari 2027 start Floor Kapteijns bij ons als regisseur nasynchronisatie. Zij gaat vooral de kinderseries doen. Willen jullie een laptop en toegang tot de studio-agenda regelen?\n\nMet vriendelijke groet,\nPetra Lindhout\nHoofd Productie",
  J("Floor Kapteijns", ON("wednesday", D(2027, 1, 13))))
m("en", "new booth tech starting sat 19 dec: tomás ferreira-lund. he'll do the weekend sessions w/ the kids cast, needs badge + wifi pls 🎙️",
  J("Tomás Ferreira-Lund", ON("saturday", D(2026, 12, 19))))
m("nl", "Onze ondertitelaar Gijsbert Mostaert gaat met pensioen. Zijn laatste werkdag is vrijdag 29 januari; per 1 februari is hij uit dienst.",
  L("Gijsbert Mostaert", ON("friday", D(2027, 1, 29))))
m("nl", "Vraagje: moeten freelance stemacteurs die een dag komen inspreken ook een account krijgen, of alleen een gastbadge?",
  none=True)
m("nl", "Per 1 maart stapt Yasmina Belkadi over van de receptie naar de verkoop: ze wordt accountmanager voor de streamingdiensten.",
  MV("Yasmina Belkadi", D(2027, 3, 1), AM, None))
m("en", "Hi team, Raúl Ibarrola joins us on Monday 18 January 2027 as a developer on our subtitle-timing tool. He'll work from Mechelen two days a week. Cheers, Sanne",
  J("Raúl Ibarrola", ON("monday", D(2027, 1, 18)), SE))
m("nl", "Met verdriet laten we weten dat onze geluidstechnicus Bertus Rozendom afgelopen zondag plotseling is overleden. Willen jullie zijn accounts pas na de uitvaart sluiten?",
  L("Bertus Rozendom", P(-4)), past=True)
m("en", "Good morning, I inform you that Mrs. Chiara Bonfanti will start by us the 1 February 2027 like dubbing director for the italian versions. She need a laptop with the Pro Tools. Best regards",
  J("Chiara Bonfanti", D(2027, 2, 1)))
m("nl", "ff melden: wim oosterlee is vanochtend op staande voet ontslagen (opnames gelekt). alles graag vandaag nog dicht",
  L("Wim Oosterlee", NOW))
m("nl", "Nieuwe ondertitelaars:\n- Lotte Kraaijvanger, start 4 januari\n- Ricardo Figueiredo Antunes, start 11 januari\nBeiden werken thuis, laptop graag per post.",
  J("Lotte Kraaijvanger", D(2027, 1, 4)), J("Ricardo Figueiredo Antunes", D(2027, 1, 11)))
m("en", "FYI: our facilities coordinator Dorien Klappe moves to the new Mechelen studio from 1 February, same job there.",
  MV("Dorien Klappe", D(2027, 2, 1), FC, FC))
m("nl", "Dag Annelies, vanaf maandag 8 februari komt Jens Vandewalle ons versterken als mixer in studio 3. Gelieve zijn badge en mailadres tijdig te voorzien. Mvg, Koen",
  J("Jens Vandewalle", ON("monday", D(2027, 2, 8))))
m("en", "Our new sales rep, Imogen Pryce-Whitley, starts in five weeks. She'll look after the game publishers.",
  J("Imogen Pryce-Whitley", P(35), AM))
m("nl", "correctie: Hanneke Scholtmeijer begint niet op 4 januari maar pas op maandag 18 januari, ze moet nog een project afmaken bij haar oude werkgever",
  J("Hanneke Scholtmeijer", ON("monday", D(2027, 1, 18))))
m("nl", "Mirthe gaat vanaf 1 februari met zwangerschapsverlof, tot half mei. Niks blokkeren graag, ze blijft gewoon in dienst.",
  none=True)
m("en", "Dear service desk,\n\nPlease be informed that the employment of Mr. Stanislav Hrubý as translator ends on 31 January 2027 by mutual agreement.\n\nKind regards,\nHR",
  L("Stanislav Hrubý", D(2027, 1, 31)))
m("en", "Dear Sir, This is to inform that Ms. Deepika Thirumalai, Subtitle QC Executive, has resigned and her last working day will be 15th January 2027. Kindly arrange the exit formalities.",
  L("Deepika Thirumalai", D(2027, 1, 15)))
m("nl", "Teamleider ondertiteling Ester Slotboom vertrekt; haar laatste werkdag is woensdag 23 december. Vanaf maandag 4 januari neemt Kemal Yazıcıoğlu, die nu nog bij een omroep werkt, het team over.",
  L("Ester Slotboom", ON("wednesday", D(2026, 12, 23))), J("Kemal Yazıcıoğlu", ON("monday", D(2027, 1, 4))))
m("nl", "stagiair sound design begint volgende week woensdag: milan pereboom. mag hij een account op de render-pc?",
  J("Milan Pereboom", NW("wednesday")))
m("nl", "De vacature voor een tweede ondertitelaar Arabisch trekken we in, het budget is er niet. Er hoeft dus niks klaargezet te worden.",
  none=True)
m("en", "From Monday 1 March, Oskar Hägglund stops as booth operator and becomes developer in the tools team.",
  MV("Oskar Hägglund", ON("monday", D(2027, 3, 1)), SE, None))
m("nl", "Onze planner Sabine Zuidgeest vertrekt over vier weken naar een omroep.",
  L("Sabine Zuidgeest", P(28)))
m("en", "Two translators are leaving us: Aoife Mulqueen on 18 December and Matthias Grünewald on 8 January. Those are their last days.",
  L("Aoife Mulqueen", D(2026, 12, 18)), L("Matthias Grünewald", D(2027, 1, 8)))
m("nl", "Ze is al sinds dinsdag bij ons aan het werk, maar nog zonder account: Noa Blankevoort, junior ondertitelaar.",
  J("Noa Blankevoort", P(-2)), past=True)
m("en", "New starter\nName: Callum Ferriday\nRole: Dialogue editor\nStart: 2027-02-15\nLocation: Hilversum",
  J("Callum Ferriday", D(2027, 2, 15)))
m("nl", "Per 15 februari begint Marloes Heuvingh als accountmanager voor de gamestudio's.",
  J("Marloes Heuvingh", D(2027, 2, 15), AM))
m("en", "quick q: our retired voice coach still comes in twice a year for workshops, does she need her old login back?",
  none=True)
m("nl", "De enige programmeur van onze ondertitelsoftware, Jelmer Staphorsius, stopt. Laatste werkdag: dinsdag 16 februari.",
  L("Jelmer Staphorsius", ON("tuesday", D(2027, 2, 16)), SE))
m("en", "Tomorrow Priya Venugopal starts as project coordinator for the Hindi dubs.",
  J("Priya Venugopal", P(1)))
m("nl", "morgen is de laatste dag van reinier hoogterp bij ons, hij gaat terug naar het theater",
  L("Reinier Hoogterp", P(1)))

# A cable-car operator (a chairlift in Valkenburg, two gondolas on the Hochalm in Tyrol)
m("nl", "Beste collega's,\n\nOp maandag 14 december 2026 begint Sjors Ubachs als liftbediende bij de stoeltjeslift in Valkenburg. Hij werkt de kerstperiode en daarna in de weekenden.\n\nGroet,\nMarieke Lardinois\nBedrijfsleider",
  J("Sjors Ubachs", ON("monday", D(2026, 12, 14))))
m("en", "hey, new lift attendant for the hochalm gondola: lukas pfurtscheller, first shift fri 18 dec ⛷️ needs the radio app + a locker",
  J("Lukas Pfurtscheller", ON("friday", D(2026, 12, 18))))
m("nl", "Onze kabelbaantechnicus Huub Dassen gaat na 31 jaar met pensioen. Hij werkt nog tot en met donderdag 25 maart.",
  L("Huub Dassen", ON("thursday", D(2027, 3, 25))))
m("nl", "Krijgen de seizoenskrachten in Oostenrijk eigenlijk een Nederlands account, of regelt de Gesellschaft daar dat zelf?",
  none=True)
m("en", "As of 1 February Veronika Strobl leaves the ticket office and becomes our account manager for ski clubs and schools.",
  MV("Veronika Strobl", D(2027, 2, 1), AM, None))
m("nl", "Woensdag 6 januari 2027 start Thijmen Kooiker als ontwikkelaar van onze ticket-app.",
  J("Thijmen Kooiker", ON("wednesday", D(2027, 1, 6)), SE))
m("en", "Sad news from the Hochalm: our snowcat driver Florian Gstrein died in an accident on Tuesday night. Please do not delete his mailbox yet.",
  L("Florian Gstrein", P(-2)), past=True)
m("en", "Hello together, at 11.01.2027 Mr. Matthias Pittracher begins as mechatronic technician at the Hochalm lift. He don't need a laptop, only the tablet for the checklists. Best greetings",
  J("Matthias Pittracher", D(2027, 1, 11)))
m("nl", "gisteren hebben we bart schrijnemaekers moeten ontslaan, dronken op de lift. per direct alles dicht pls",
  L("Bart Schrijnemaekers", P(-1)), past=True)
m("nl", "Voor het kerstseizoen in Valkenburg:\n1. Femke Didden – kassa, vanaf zaterdag 19 december\n2. Joep Paffen – liftbediende, vanaf maandag 21 december",
  J("Femke Didden", ON("saturday", D(2026, 12, 19))), J("Joep Paffen", ON("monday", D(2026, 12, 21))))
m("en", "Our new facilities coordinator, Hendrik Ackermann, starts on the 4th of January.",
  J("Hendrik Ackermann", D(2027, 1, 4), FC))
m("nl", "Dag Ruben, vanaf dinsdag 2 februari komt Lien Vanhoutteghem bij ons aan de kassa van het dalstation. Gelieve haar account tijdig aan te maken. Mvg, Sofie",
  J("Lien Vanhoutteghem", ON("tuesday", D(2027, 2, 2))))
m("en", "Kasper Nørregaard joins in two weeks as sales rep for the Scandinavian tour operators.",
  J("Kasper Nørregaard", P(14), AM))
m("nl", "kleine wijziging: Gerben Ruitenbeek-Olde begint niet op 7 december maar op maandag 14 december, hij moet eerst zijn liftcursus afronden",
  J("Gerben Ruitenbeek-Olde", ON("monday", D(2026, 12, 14))))
m("nl", "Pascal ligt met een gebroken enkel thuis, zeker zes weken. Hij blijft in dienst, dus niks afsluiten.",
  none=True)
m("en", "FYI, see below.\n\nFrom: HR Hochalm\nSent: Wednesday, 2 December 2026 16:40\n\nThe seasonal contract of Mrs. Theresa Klotz ends on 11 April 2027, at the end of the winter season.",
  L("Theresa Klotz", D(2027, 4, 11)))
m("en", "Hello, I write that Mr. Piotr Zawadzki is starting by us as lift technician from 04.01.2027. He will work in Austria the first month.",
  J("Piotr Zawadzki", D(2027, 1, 4)))
m("nl", "Bedrijfsleider Valkenburg Guido Pluijmaekers stopt per 1 maart. Zijn opvolger Nathalie Muijtjens begint op maandag 15 februari, zodat ze twee weken kunnen overdragen.",
  L("Guido Pluijmaekers", D(2027, 3, 1)), J("Nathalie Muijtjens", ON("monday", D(2027, 2, 15))))
m("nl", "volgende week vrijdag laatste dag van jacco wijnholds, hij gaat naar de efteling",
  L("Jacco Wijnholds", NW("friday")))
m("en", "Does the ski instructor who rents our hut need a company email? He's not on our payroll.",
  none=True)
m("nl", "Vanaf maandag 4 januari wordt Ingrid Pelzer, nu kassamedewerker, facilitair medewerker voor beide stations.",
  MV("Ingrid Pelzer", ON("monday", D(2027, 1, 4)), FC, None))
m("nl", "Liftbediende Mehmet Kılınçarslan vertrekt over drie weken, hij gaat terug naar Turkije.",
  L("Mehmet Kılınçarslan", P(21)))
m("en", "We let go of our ticket office assistant Jade Ekwueme last week Friday. Sorry for the late notice.",
  L("Jade Ekwueme", LW("friday")), past=True)
m("nl", "Uitdienstmelding\nNaam: Ramon Meessen\nFunctie: liftbediende\nLaatste werkdag: 2027-01-10",
  L("Ramon Meessen", D(2027, 1, 10)))
m("en", "From January Lenie works only on weekends (Sat/Sun), she asked for fewer days. No changes to accounts needed.",
  none=True)
m("nl", "Aanstaande maandag begint Wout Houben als monteur in de werkplaats.",
  J("Wout Houben", WD("monday")))
m("en", "Stefanie Hörtnagl's last day at the Hochalm valley station is Sunday 17 January.",
  L("Stefanie Hörtnagl", ON("sunday", D(2027, 1, 17))))
m("nl", "Per 1 januari gaat liftmonteur Dion Thewissen voor drie maanden naar de gondel in Oostenrijk, zelfde werk.",
  MV("Dion Thewissen", D(2027, 1, 1), None, None))
m("en", "Winter crew Hochalm, all starting Saturday 19 December:\n- Jakob Haselwanter\n- Ilse Neururer\n- Tobias Kathrein",
  J("Jakob Haselwanter", ON("saturday", D(2026, 12, 19))), J("Ilse Neururer", D(2026, 12, 19)),
  J("Tobias Kathrein", D(2026, 12, 19)))
m("nl", "morgen begint anouk ploumen bij de kassa, ze heeft nog geen inlog",
  J("Anouk Ploumen", P(1)))

# A flax-processing company (scutching mill in Wervik, a plant in Zeeuws-Vlaanderen)
m("nl", "Goeiemiddag,\n\nPer maandag 11 januari 2027 treedt Jorn Vanneuville bij ons in dienst als zwingelaar op de zwingellijn in Wervik.\n\nMet vriendelijke groeten,\nAn Debaillie\nPersoneelsdienst",
  J("Jorn Vanneuville", ON("monday", D(2027, 1, 11))))
m("en", "new guy on the scutching line: dawid kalinowski, starts tue 5 jan. polish, speaks english, needs the safety app",
  J("Dawid Kalinowski", ON("tuesday", D(2027, 1, 5))))
m("nl", "Onze ploegbaas Marnix Debruyne gaat op pensioen. Laatste werkdag is vrijdag 26 februari.",
  L("Marnix Debruyne", ON("friday", D(2027, 2, 26))))
m("nl", "Moeten de loonwerkers die het vlas komen trekken een badge krijgen voor de poort?",
  none=True)
m("nl", "Vanaf 1 april wordt Katrien Ghesquière, nu in de kwaliteitscontrole, vertegenwoordiger voor de spinnerijen in Italië.",
  MV("Katrien Ghesquière", D(2027, 4, 1), AM, None))
m("en", "Emre Doğanay starts as developer for our bale-tracking system on Thursday 7 January 2027.",
  J("Emre Doğanay", ON("thursday", D(2027, 1, 7)), SE))
m("nl", "Gisteravond is onze heftruckchauffeur Rik Callewaert overleden. Hij werkte hier 22 jaar.",
  L("Rik Callewaert", P(-1)), past=True)
m("en", "Bonjour, I inform you that Mr. Mathieu Lefebvre-Ryckaert will start by us the 15 February 2027 as fibre quality engineer (textile, no software). Cordialement, Camille",
  J("Mathieu Lefebvre-Ryckaert", D(2027, 2, 15)))
m("nl", "dag iedereen, vanmiddag is stijn demeulemeester ontslagen, hij heeft een machine gesaboteerd. per direct alles afsluiten aub",
  L("Stijn Demeulemeester", NOW))
m("nl", "Nieuwe seizoenskrachten repelen:\n- Ewa Sobczak (start 7 december)\n- Tomasz Jabłoński (start 14 december)",
  J("Ewa Sobczak", D(2026, 12, 7)), J("Tomasz Jabłoński", D(2026, 12, 14)))
m("en", "Our facility coordinator Geert Vanlerberghe will also take care of the Zeeland plant from 1 March, same role.",
  MV("Geert Vanlerberghe", D(2027, 3, 1), FC, FC))
m("nl", "Beste Els, vanaf maandag 22 februari begint Ruben Vandenabeele als onderhoudstechnieker in Wervik. Gelieve zijn account te voorzien. Mvg, Dirk",
  J("Ruben Vandenabeele", ON("monday", D(2027, 2, 22))))
m("en", "Our new account manager for the linen weavers, Hélène Dufossez, starts in six weeks.",
  J("Hélène Dufossez", P(42), AM))
m("nl", "Wijziging: Lieselot Rommelaere stopt niet op 31 januari, maar werkt door tot en met vrijdag 26 maart.",
  L("Lieselot Rommelaere", ON("friday", D(2027, 3, 26))))
m("nl", "Wannes is vanaf maandag voor onbepaalde tijd ziek thuis (rugoperatie). Accounts mogen blijven.",
  none=True)
m("en", "Dear colleagues,\n\nThe temporary contract of Mr. Kristof Vanwalleghem will not be renewed and ends on 28 February 2027.\n\nSincerely,\nHR Department",
  L("Kristof Vanwalleghem", D(2027, 2, 28)))
m("en", "Hello, Mr. Ionuț Bălănescu is finish his work by us at 18.12.2026, he goes back to Romania. Thank you",
  L("Ionuț Bălănescu", D(2026, 12, 18)))
m("nl", "Labo-verantwoordelijke Griet Vanhaecke vertrekt per 1 februari. Haar taken gaan naar Bram Tuytens, die op 18 januari bij ons begint.",
  L("Griet Vanhaecke", D(2027, 2, 1)), J("Bram Tuytens", D(2027, 1, 18)))
m("nl", "volgende week maandag start joke vanspauwen als vertegenwoordiger voor frankrijk",
  J("Joke Vanspauwen", NW("monday"), AM))
m("en", "Update: Nele has withdrawn her resignation, she stays with us. Please ignore the leaver form from last week.",
  none=True)
m("nl", "Sander Vandekerckhove schuift op 1 februari door van operator naar ploegbaas van de nachtploeg.",
  MV("Sander Vandekerckhove", D(2027, 2, 1), None, None))
m("en", "We dismissed forklift driver Jef Bostoen on Monday for repeated no-shows.",
  L("Jef Bostoen", P(-3)), past=True)
m("nl", "Onze programmeur Tijs Decoene vertrekt per 1/2.",
  L("Tijs Decoene", D(2027, 2, 1), SE))
m("en", "Please add to the system:\n1) Agata Wróblewska – packer – from Monday 11 January\n2) Viktor Halász – packer – from Monday 18 January",
  J("Agata Wróblewska", ON("monday", D(2027, 1, 11))), J("Viktor Halász", ON("monday", D(2027, 1, 18))))
m("nl", "In week 2 beginnen er twee mensen op de zwingellijn: Hannes Coussement op maandag en Brecht Verhelst op woensdag.",
  J("Hannes Coussement", WK(2, "monday")), J("Brecht Verhelst", WK(2, "wednesday")))
m("en", "Flax buyer Pieter-Jan Ghekiere moves from our Zeeland office to Wervik from 1 January, same job.",
  MV("Pieter-Jan Ghekiere", D(2027, 1, 1), None, None))
m("nl", "Sinds vorige week woensdag werkt Loes Verstringe bij ons op de administratie; kan ze nog een account krijgen?",
  J("Loes Verstringe", LW("wednesday")), past=True)
m("en", "Tomorrow is Bjorn Degryse's last shift on the scutching line.",
  L("Bjorn Degryse", P(1)))
m("nl", "Over twee weken begint Ilse Boucquey als facilitair medewerker.",
  J("Ilse Boucquey", P(14), FC))
m("en", "Starting Monday the 1st of March Wouter Vanhoorne joins as export sales rep.",
  J("Wouter Vanhoorne", ON("monday", D(2027, 3, 1)), AM))

# A road-maintenance contractor with a winter gritting service
m("nl", "Hallo allemaal,\n\nOp donderdag 7 januari 2027 begint Derk Koopmanschap bij ons als machinist op de asfaltploeg.\n\nGroeten,\nMartin Schuttelaar\nUitvoerder",
  J("Derk Koopmanschap", ON("thursday", D(2027, 1, 7))))
m("en", "new gritter driver for the night roster: kenny obuya, first shift sun 27 dec ❄️ needs the route app",
  J("Kenny Obuya", ON("sunday", D(2026, 12, 27))))
m("nl", "Strooiwagenchauffeur Gerrit Esselink gaat per 1 april met pensioen. Laatste werkdag woensdag 31 maart.",
  L("Gerrit Esselink", ON("wednesday", D(2027, 3, 31))))
m("nl", "Vraag: de zzp'ers die 's nachts voor ons strooien, krijgen die toegang tot de planningsapp?",
  none=True)
m("nl", "Per 1 februari wordt werkvoorbereider Maarten Snippe onze vertegenwoordiger richting gemeenten.",
  MV("Maarten Snippe", D(2027, 2, 1), AM, None))
m("en", "Asha Padmanabhan joins on Tuesday 19 January 2027 as software engineer for the gritting-route planner.",
  J("Asha Padmanabhan", ON("tuesday", D(2027, 1, 19)), SE))
m("nl", "Onze wegwerker Harm Grevink is maandag bij een ongeval op de A28 om het leven gekomen.",
  L("Harm Grevink", P(-3)), past=True)
m("en", "Hello, Mr. Serkan Altıntaş will start at Monday 11 January like asphalt worker. He has his own safety shoes. Thanks",
  J("Serkan Altıntaş", ON("monday", D(2027, 1, 11))))
m("nl", "vandaag ontslag op staande voet voor dennis oortwijn, rijden onder invloed met de strooiwagen. pasje + alles graag dicht",
  L("Dennis Oortwijn", NOW))
m("nl", "Twee nieuwe verkeersregelaars:\n• Kimberly Kotterink vanaf 4 januari\n• Samir El Bouazzati vanaf 18 januari",
  J("Kimberly Kotterink", D(2027, 1, 4)), J("Samir El Bouazzati", D(2027, 1, 18)))
m("en", "Frank Wiechers, our facilities coordinator, leaves on 29 January. That's his last day.",
  L("Frank Wiechers", D(2027, 1, 29), FC))
m("nl", "Dag Wim, vanaf donderdag 4 februari komt Toon Verschoore bij ons als calculator. Gelieve zijn laptop te voorzien. Mvg, Hilde",
  J("Toon Verschoore", ON("thursday", D(2027, 2, 4))))
m("en", "Gemma Threlfall starts in seven weeks as account manager for the provinces.",
  J("Gemma Threlfall", P(49), AM))
m("nl", "Correctie op mijn bericht van gisteren: Wessel Timmerije begint niet op 4 januari maar een week later, op maandag 11 januari.",
  J("Wessel Timmerije", ON("monday", D(2027, 1, 11))))
m("nl", "Vanaf januari neemt Rutger elke vrijdag ouderschapsverlof. Hij blijft gewoon in dienst, niks aan te passen.",
  none=True)
m("en", "To whom it may concern,\n\nThe fixed-term contract of Ms. Yvonne Roetgerink, planner, expires on 31 March 2027 and will not be extended.\n\nRegards,\nP&O",
  L("Yvonne Roetgerink", D(2027, 3, 31)))
m("en", "Good day Sir, Engr. Chukwuemeka Anyanwu shall resume duty as Site Engineer (roads, not IT) on Monday, 1st February 2027. Thank you.",
  J("Chukwuemeka Anyanwu", ON("monday", D(2027, 2, 1))))
m("nl", "Uitvoerder Jan-Willem Bolscher stopt; laatste werkdag donderdag 17 december. Per maandag 4 januari neemt Bas Tienkamp zijn projecten over, hij komt over van een concurrent.",
  L("Jan-Willem Bolscher", ON("thursday", D(2026, 12, 17))), J("Bas Tienkamp", ON("monday", D(2027, 1, 4))))
m("nl", "stagiair wegenbouw die volgende week donderdag begint: thijs kampinga. mag ie een tablet",
  J("Thijs Kampinga", NW("thursday")))
m("en", "Is Ronald's account still active? He left the asphalt plant in October and I still see him in Teams.",
  none=True)
m("nl", "Vanaf maandag 8 maart stopt Eline Scheerder als ontwikkelaar en gaat ze de winterdienst plannen.",
  MV("Eline Scheerder", ON("monday", D(2027, 3, 8)), None, SE))
m("nl", "Machinist Arnold Brinkerink vertrekt over vijf weken naar een baggeraar.",
  L("Arnold Brinkerink", P(35)))
m("en", "Leaving in December: Kelvin Appiah-Kubi (last day 11 December) and Sophie Goethals-Maes (last day 22 December).",
  L("Kelvin Appiah-Kubi", D(2026, 12, 11)), L("Sophie Goethals-Maes", D(2026, 12, 22)))
m("nl", "Nieuwe strooier Henk Stoverink zit al sinds maandag op de wagen, maar heeft nog geen inlog op de boordcomputer.",
  J("Henk Stoverink", P(-3)), past=True)
m("en", "Leaver\nName: Patricia Okwuosa\nPosition: payroll clerk\nLast day: 2027-02-12",
  L("Patricia Okwuosa", D(2027, 2, 12)))
m("nl", "Per 15 maart komt Nienke Haisma ons team versterken als accountmanager waterschappen.",
  J("Nienke Haisma", D(2027, 3, 15), AM))
m("en", "Does the meteorologist we hire from a weather bureau each winter need a badge for the control room? He's not our employee.",
  none=True)
m("nl", "Onze programmeur Ruud Flierman heeft vrijdag 5 februari zijn laatste werkdag.",
  L("Ruud Flierman", ON("friday", D(2027, 2, 5)), SE))
m("en", "Gritter driver Ahmed Lahlali moves to our Zwolle depot from Monday 11 January; same job, different depot.",
  MV("Ahmed Lahlali", ON("monday", D(2027, 1, 11)), None, None))
m("nl", "Morgen begint Rianne Hoogenkamp als facilitair medewerker op de werf.",
  J("Rianne Hoogenkamp", P(1), FC))

# A skydiving centre (a dropzone with a jump plane, a hangar, a bunkhouse and a canteen)
m("nl", "Hoi allemaal,\n\nVanaf maandag 1 maart 2027 komt Sietse Hoeksma bij ons als tandeminstructeur. Hij springt al vijftien jaar.\n\nGroeten,\nLinda Brouwer\nDropzone-manager",
  J("Sietse Hoeksma", ON("monday", D(2027, 3, 1))))
m("en", "new packer for the weekends: yara okafor-janssen, starts sat 9 jan. needs a manifest login 🪂",
  J("Yara Okafor-Janssen", ON("saturday", D(2027, 1, 9))))
m("nl", "Onze vlieger van de Caravan, Kees Verhoog, stopt per 1 april. Zijn laatste vliegdag is zondag 28 maart.",
  L("Kees Verhoog", ON("sunday", D(2027, 3, 28))))
m("nl", "Hebben de gastinstructeurs uit Duitsland die in de zomer komen een account nodig voor de manifest-software?",
  none=True)
m("nl", "Vanaf 1 maart wordt Demi van Wijhe, nu op de manifestbalie, accountmanager voor bedrijfsuitjes.",
  MV("Demi van Wijhe", D(2027, 3, 1), AM, None))
m("en", "Our booking system gets a developer of its own: Anil Bhagwandin starts on Friday 15 January 2027.",
  J("Anil Bhagwandin", ON("friday", D(2027, 1, 15)), SE))
m("nl", "Tot ons grote verdriet is camerajumper Olaf Hettema afgelopen zaterdag verongelukt bij een sprong in Spanje.",
  L("Olaf Hettema", P(-5)), past=True)
m("en", "Hello, I inform that Mr. Álvaro Quintanilla begins like tandem instructor the day 6 of March 2027. He have all licences. Saludos",
  J("Álvaro Quintanilla", D(2027, 3, 6)))
m("nl", "vanochtend iemand ontslagen: rigger jordy van wijlen, heeft reservechutes niet goed gecontroleerd. per direct uit dienst",
  L("Jordy van Wijlen", NOW))
m("nl", "Nieuwe krachten voor de manifestbalie:\n- Maud Rietbergen – per 6 maart\n- Yusuf Karataş – per 13 maart",
  J("Maud Rietbergen", D(2027, 3, 6)), J("Yusuf Karataş", D(2027, 3, 13)))
m("en", "We hired a facilities coordinator for the hangar and the bunkhouse: Ralf Oosterbroek, starting the 1st of February.",
  J("Ralf Oosterbroek", D(2027, 2, 1), FC))
m("nl", "Dag Tom, vanaf zaterdag 13 maart versterkt Lore Vanmechelen ons team als videograaf. Gelieve haar account te voorzien. Mvg, Joris",
  J("Lore Vanmechelen", ON("saturday", D(2027, 3, 13))))
m("en", "Chidi Onyekachi joins our sales team in eight weeks, selling tandem vouchers to companies.",
  J("Chidi Onyekachi", P(56), AM))
m("nl", "Aanpassing: de eerste werkdag van Tessel Haitsma-Roos wordt zaterdag 20 maart in plaats van 13 maart, de baan is dan pas open.",
  J("Tessel Haitsma-Roos", ON("saturday", D(2027, 3, 20))))
m("nl", "Jolanda komt na haar bevallingsverlof op 1 februari weer werken, drie dagen per week. Haar account staat nog aan, toch?",
  none=True)
m("en", "Dear IT,\n\nPlease note that the employment of Mr. Gareth Ollerenshaw, chief instructor, ends on 31 March 2027. He is emigrating to New Zealand.\n\nBest regards,\nAdministration",
  L("Gareth Ollerenshaw", D(2027, 3, 31)))
m("en", "Respected Sir, Mr. Karthikeyan Subbiah, Accounts Executive, has joined today. Kindly create his login.",
  J("Karthikeyan Subbiah", NOW))
m("nl", "Chef-rigger Bertine Lokhorst vertrekt per 1 februari naar een dropzone in Portugal. Haar opvolger Ewout Burggraaf begint op maandag 25 januari.",
  L("Bertine Lokhorst", D(2027, 2, 1)), J("Ewout Burggraaf", ON("monday", D(2027, 1, 25))))
m("nl", "volgende week dinsdag laatste dag van floris tenkink, hij gaat studeren",
  L("Floris Tenkink", NW("tuesday")))
m("en", "The pilot who was supposed to start in January has signed with another dropzone, so nobody is coming. Please cancel the laptop.",
  none=True)
m("nl", "Per 1 januari wordt Mila Spanhoff, nu parachutevouwster, rigger in de werkplaats.",
  MV("Mila Spanhoff", D(2027, 1, 1), None, None))
m("nl", "Manifestmedewerker Quinten Ploegmakers stopt over drie weken.",
  L("Quinten Ploegmakers", P(21)))
m("en", "Sorry for the late message: Noah Castellanos started as a packer last Saturday.",
  J("Noah Castellanos", P(-5)), past=True)
m("nl", "Met ingang van 15-02-2027 is Esmé Dolron onze nieuwe facilitair medewerker.",
  J("Esmé Dolron", D(2027, 2, 15), FC))
m("en", "Tomorrow is Harvey Lindqvist-Moss's last day in the hangar.",
  L("Harvey Lindqvist-Moss", P(1)))
m("nl", "Per 31 december stoppen twee vliegers van de Cessna: Arjen Meinsma en Marit Zwerver.",
  L("Arjen Meinsma", D(2026, 12, 31)), L("Marit Zwerver", D(2026, 12, 31)))
m("en", "Next Tuesday Ines Salgueiro starts at the front desk.",
  J("Ines Salgueiro", WD("tuesday")))
m("nl", "Vorige week donderdag is instructeur Roel Wisselink-Brand gestopt; hij is naar de KLM. Kan zijn account dicht?",
  L("Roel Wisselink-Brand", LW("thursday")), past=True)
m("en", "From Monday 1 February Sven Aasheim moves from the manifest desk to our small IT team as developer.",
  MV("Sven Aasheim", ON("monday", D(2027, 2, 1)), SE, None))
m("nl", "Overmorgen begint Jip Zandbelt als barmedewerker in onze kantine.",
  J("Jip Zandbelt", P(2)))

# --- Part 2 (ac151-ac320) ---------------------------------------------------------------------

# An operator of public EV charging points (installs, maintains and runs them for municipalities)
m("nl", "Goedemorgen,\n\nPer dinsdag 5 januari 2027 komt Gijs Wolterinck bij ons als storingsmonteur in regio Oost. Hij rijdt de eerste weken mee met Henk.\n\nMet vriendelijke groet,\nMonique Bakkenes\nTeamleider Field Service",
  J("Gijs Wolterinck", ON("tuesday", D(2027, 1, 5))))
m("en", "new helpdesk agent for the night line: precious chinyanga, starts wed 30 dec. needs the ticket tool + a headset 🔌",
  J("Precious Chinyanga", ON("wednesday", D(2026, 12, 30))))
m("nl", "Netcongestie-analist Wiebe Ruiterkamp heeft een baan bij de netbeheerder gevonden. Laatste werkdag: vrijdag 12 februari.",
  L("Wiebe Ruiterkamp", ON("friday", D(2027, 2, 12))))
m("nl", "Moeten de installateurs van onze onderaannemer in Brabant ook in het monteursportaal, of kunnen ze met een gastaccount werken?",
  none=True)
m("en", "Starting 1 March Bouchra Ait Ouaddou leaves the helpdesk and becomes account manager for the municipalities in the Randstad.",
  MV("Bouchra Ait Ouaddou", D(2027, 3, 1), AM, None))
m("nl", "Vanaf maandag 1 februari 2027 werkt Pim Veurink bij ons als backend-ontwikkelaar voor de laad-app.",
  J("Pim Veurink", ON("monday", D(2027, 2, 1)), SE))
m("nl", "Verdrietig nieuws: onze monteur Ruud Klein Gebbink is gisteren na een kort ziekbed overleden.",
  L("Ruud Klein Gebbink", P(-1)), past=True)
m("en", "Dear colleagues, from 15.02.2027 Mrs. Annika Brüggemann starts as project leader for our German charging parks. She needs Teams in English please. With kind greetings",
  J("Annika Brüggemann", D(2027, 2, 15)))
m("nl", "vanmiddag per direct afscheid genomen van monteur kevin schiltkamp, laadpas van een klant misbruikt. graag alles dicht",
  L("Kevin Schiltkamp", NOW))
m("nl", "Twee nieuwe monteurs voor de uitrol in Utrecht:\n- Jesse Boomkamp, vanaf 11 januari\n- Hamid Farahmandi, vanaf 25 januari",
  J("Jesse Boomkamp", D(2027, 1, 11)), J("Hamid Farahmandi", D(2027, 1, 25)))
m("en", "Marta Kowalewska will be our new facilities coordinator at the Amersfoort office, starting Monday 8 February.",
  J("Marta Kowalewska", ON("monday", D(2027, 2, 8)), FC))
m("nl", "Dag Pieter, vanaf woensdag 3 februari komt Seppe Van Dyck bij ons als technieker laadinfrastructuur in Antwerpen. Gelieve zijn account en gsm te voorzien. Mvg, Lies",
  J("Seppe Van Dyck", ON("wednesday", D(2027, 2, 3))))
m("en", "Tomasz Pawlak starts in twelve days, on Tuesday the 15th, as installation planner.",
  J("Tomasz Pawlak", P(12)))
m("nl", "Rectificatie: Lisanne Huttinga start niet per 1 februari maar al op maandag 18 januari.",
  J("Lisanne Huttinga", ON("monday", D(2027, 1, 18))))
m("nl", "Sjaak is sinds gisteren ziek, waarschijnlijk een paar weken. Hij blijft gewoon in dienst; zijn bus mag blijven staan.",
  none=True)
m("en", "Dear HR/IT,\n\nWe confirm that the employment of Mr. Desmond Krijgsman, field engineer (hardware), ends on 28 February 2027 at his own request.\n\nKind regards,\nPeople & Culture",
  L("Desmond Krijgsman", D(2027, 2, 28)))
m("en", "Dear Team, Mr. Sriram Chakravarthy, Data Analyst, will be relieved on 22nd January 2027. Kindly initiate the exit process.",
  L("Sriram Chakravarthy", D(2027, 1, 22)))
m("nl", "Teamleider helpdesk Anja Stoelwinder vertrekt per 1 maart. Vanaf die dag neemt Rachid Ouled Amar, nu helpdeskmedewerker, haar team over.",
  L("Anja Stoelwinder", D(2027, 3, 1)), MV("Rachid Ouled Amar", D(2027, 3, 1), None, None))
m("nl", "volgende week maandag begint er een stagiair op de helpdesk, lieke horsting. mag ze meekijken in het ticketsysteem?",
  J("Lieke Horsting", NW("monday")))
m("en", "We're not filling the second planner vacancy after all, the budget was cut. Nothing to prepare.",
  none=True)
m("nl", "Per 1 april wordt Thomas Groenhuijzen, nu ontwikkelaar, product owner van de laad-app.",
  MV("Thomas Groenhuijzen", D(2027, 4, 1), None, SE))
m("nl", "Monteur Jorrit Plantinga vertrekt over zes weken naar een installatiebedrijf.",
  L("Jorrit Plantinga", P(42)))
m("en", "Two helpdesk agents leave in January: Fatou Sarr-Ndiaye on the 8th and Ravi Persaud on the 29th.",
  L("Fatou Sarr-Ndiaye", D(2027, 1, 8)), L("Ravi Persaud", D(2027, 1, 29)))
m("nl", "Joyce Rietkerk is maandag op de planning begonnen, maar ze heeft nog altijd geen laptop.",
  J("Joyce Rietkerk", P(-3)), past=True)
m("en", "Starter\nName: Oliver Mbeki-Hart\nJob: Field technician\nFirst day: 2027-01-04\nRegion: North",
  J("Oliver Mbeki-Hart", D(2027, 1, 4)))
m("nl", "Accountmanager voor de VvE's en bedrijventerreinen: Nadia Belarbi, start op 1 maart.",
  J("Nadia Belarbi", D(2027, 3, 1), AM))
m("en", "Does Gerda still need access to the charger map now she's only doing the payroll two days a week? Just checking, no change in her contract.",
  none=True)
m("nl", "Onze enige programmeur voor de backoffice, Olav Steggink, gaat ons per 1/3 verlaten.",
  L("Olav Steggink", D(2027, 3, 1), SE))
m("en", "Tomorrow's the last day for our warehouse man Dirk Bovenkerk, he's retiring early.",
  L("Dirk Bovenkerk", P(1)))

# A peanut-butter factory (roasting, grinding, filling; sales to retail and wholesale)
m("nl", "Beste allemaal,\n\nMaandag 18 januari 2027 begint Wendy Baarspul bij ons als operator op de brandertrommel. Zij komt uit de cacaowereld.\n\nGroet,\nCor Teeuwisse\nProductieleider",
  J("Wendy Baarspul", ON("monday", D(2027, 1, 18))))
m("en", "new roaster guy: obinna ezeh, starts mon 28 dec. he's on the morning shift, needs a locker + hairnets lol 🥜",
  J("Obinna Ezeh", ON("monday", D(2026, 12, 28))))
m("nl", "Inkoper Bert Molenkamp (pinda's uit Argentinië en Nicaragua) gaat met pensioen. Laatste werkdag donderdag 28 januari.",
  L("Bert Molenkamp", ON("thursday", D(2027, 1, 28))))
m("nl", "Mogen de uitzendkrachten op de vullijn het kantinescherm met de roosters zien, of moet daar een apart account voor komen?",
  none=True)
m("nl", "Vanaf 1 februari wordt Naima Sahraoui, nu klantenservice, verkoper buitendienst voor de groothandels.",
  MV("Naima Sahraoui", D(2027, 2, 1), AM, None))
m("en", "Jonas Friedrichsen starts on Wednesday 20 January 2027 as developer for our line-monitoring software.",
  J("Jonas Friedrichsen", ON("wednesday", D(2027, 1, 20)), SE))
m("nl", "Onze heftruckchauffeur Wim Pothoven is afgelopen vrijdag overleden. De uitvaart is woensdag.",
  L("Wim Pothoven", P(-6)), past=True)
m("en", "Hello, I inform that Mrs. Lucía Etxeberria begins like quality technician the day 1 of March 2027. She come from a chocolate factory. Regards",
  J("Lucía Etxeberria", D(2027, 3, 1)))
m("nl", "gisteren ontslagen: inpakker dave hoogenraad, diefstal van potten. per direct, pas innemen",
  L("Dave Hoogenraad", P(-1)), past=True)
m("nl", "Per maandag 4 januari op de vullijn:\n1. Esther Rijkhoff-Dam\n2. Mustafa Şentürk",
  J("Esther Rijkhoff-Dam", ON("monday", D(2027, 1, 4))), J("Mustafa Şentürk", D(2027, 1, 4)))
m("en", "Our facilitair medewerker Jannie Oostinga moves to the new warehouse in Wormer from 1 February, same job.",
  MV("Jannie Oostinga", D(2027, 2, 1), FC, FC))
m("nl", "Dag Koen, vanaf maandag 15 februari komt Jolien Vancoillie bij ons als kwaliteitsverantwoordelijke. Gelieve haar laptop tijdig te voorzien. Mvg, Evi",
  J("Jolien Vancoillie", ON("monday", D(2027, 2, 15))))
m("en", "Frederik Skovgaard joins as export sales rep in six weeks' time.",
  J("Frederik Skovgaard", P(42), AM))
m("nl", "Let op, aanpassing: Marieke Beunk stopt niet op 31 december maar pas op vrijdag 15 januari.",
  L("Marieke Beunk", ON("friday", D(2027, 1, 15))))
m("nl", "Kim gaat per 1 januari 32 uur werken in plaats van 40. Verder verandert er niks.",
  none=True)
m("en", "Dear service desk,\n\nThe temporary contract of Ms. Rosalind Okereke, lab assistant, runs out on 31 January 2027 and will not be renewed.\n\nBest regards,\nHR",
  L("Rosalind Okereke", D(2027, 1, 31)))
m("en", "Good day, please be informed that Mr. Obafemi Adeyinka will resume duty as Maintenance Technician on Monday 11th January, 2027. Thank you.",
  J("Obafemi Adeyinka", ON("monday", D(2027, 1, 11))))
m("nl", "Ploegleider nacht Harrie Venderbosch stopt per 1 februari; Ilona Wensink, die nu bij een koekjesfabriek werkt, begint op 18 januari als zijn opvolger.",
  L("Harrie Venderbosch", D(2027, 2, 1)), J("Ilona Wensink", D(2027, 1, 18)))
m("nl", "volgende week woensdag start bas ter mors in het lab, hij studeert er nog half naast",
  J("Bas ter Mors", NW("wednesday")))
m("en", "The packer we hired for January won't come after all, she found a job closer to home. Please cancel her account.",
  none=True)
m("nl", "Per maandag 1 maart gaat Hüseyin Kocabaş van de inpaklijn naar de facilitaire dienst.",
  MV("Hüseyin Kocabaş", ON("monday", D(2027, 3, 1)), FC, None))
m("nl", "Onze operator Ronald Spierenburg vertrekt over twee weken, hij gaat terug naar de bouw.",
  L("Ronald Spierenburg", P(14)))
m("en", "We let go of line worker Aaron Van Wyk this afternoon, effective immediately.",
  L("Aaron Van Wyk", NOW))
m("nl", "Gisteren is Sanne Hilgersom begonnen als planner; kan ze vandaag nog een account krijgen?",
  J("Sanne Hilgersom", P(-1)), past=True)
m("en", "Leaver notification\nEmployee: Martin Dinkelberg\nLast working day: 2027-01-22\nReason: resignation",
  L("Martin Dinkelberg", D(2027, 1, 22)))
m("nl", "Per 1-3-2027 begint Evelien Hermanides als accountmanager retail.",
  J("Evelien Hermanides", D(2027, 3, 1), AM))
m("en", "Quick one: is there a way to see which accounts a leaver still has? Thinking of the guy who left the roastery in the summer.",
  none=True)
m("nl", "Ontwikkelaar Sem Lankamp vertrekt; zijn laatste werkdag is donderdag 11 februari.",
  L("Sem Lankamp", ON("thursday", D(2027, 2, 11)), SE))
m("en", "Tomorrow Grace Donkervoort starts in the warehouse.",
  J("Grace Donkervoort", P(1)))

# A pallet factory (new pallets, repair and sorting of used ones, own transport)
m("nl", "Goedemiddag,\n\nOp woensdag 6 januari 2027 start Erik Hazekamp bij ons als timmerman op de palletlijn.\n\nMvg,\nAnita Kraaijeveld\nHR",
  J("Erik Hazekamp", ON("wednesday", D(2027, 1, 6))))
m("en", "new forklift driver in the yard: marius teodorescu, first day thu 7 jan. needs the yard app + safety shoes size 44",
  J("Marius Teodorescu", ON("thursday", D(2027, 1, 7))))
m("nl", "Zaagmeester Jan Hendrik Bloemert gaat met pensioen; hij werkt tot en met woensdag 24 februari.",
  L("Jan Hendrik Bloemert", ON("wednesday", D(2027, 2, 24))))
m("nl", "Krijgen de chauffeurs van het transportbedrijf dat onze pallets ophaalt toegang tot de weegbrug-app?",
  none=True)
m("nl", "Per 1 maart wordt planner Romy Hettinga onze vertegenwoordiger voor de veilingen en de tuinbouw.",
  MV("Romy Hettinga", D(2027, 3, 1), AM, None))
m("en", "Kerem Aydınlı joins on Monday 15 February 2027 as software developer for the pallet-tracking portal.",
  J("Kerem Aydınlı", ON("monday", D(2027, 2, 15)), SE))
m("nl", "Onze chauffeur Evert Kleinsmiede is zondagavond thuis overleden.",
  L("Evert Kleinsmiede", P(-4)), past=True)
m("en", "Hello, Mr. Krzysztof Bartczak is begin work by us at 18.01.2027 as pallet repairer. He has own tools. Regards",
  J("Krzysztof Bartczak", D(2027, 1, 18)))
m("nl", "vanochtend ontslagen: sorteerder ricky de waardt, met de heftruck tegen een collega aan gereden en weggelopen. alles dicht pls",
  L("Ricky de Waardt", NOW))
m("nl", "Nieuwe sorteerders per 11 januari:\n- Alin Mocanu\n- Florin Stoicescu\n- Costel Neagu",
  J("Alin Mocanu", D(2027, 1, 11)), J("Florin Stoicescu", D(2027, 1, 11)), J("Costel Neagu", D(2027, 1, 11)))
m("en", "Our facility coordinator Bernadette Hulsebosch leaves us on 31 March; she's moving to Spain.",
  L("Bernadette Hulsebosch", D(2027, 3, 31), FC))
m("nl", "Dag Stefaan, vanaf dinsdag 9 februari begint Kobe Vanherck bij ons als chauffeur. Gelieve zijn tankkaart en account te voorzien. Mvg, Ann",
  J("Kobe Vanherck", ON("tuesday", D(2027, 2, 9))))
m("en", "Ivo Kerkdijk starts as sales representative in a fortnight.",
  J("Ivo Kerkdijk", P(14), AM))
m("nl", "foutje in mijn vorige bericht: damian kędzierski begint op maandag 1 februari, niet op 25 januari",
  J("Damian Kędzierski", ON("monday", D(2027, 2, 1))))
m("nl", "Geert heeft zijn ontslag ingetrokken, hij blijft toch. De afmelding van vorige week mag je negeren.",
  none=True)
m("en", "Dear colleagues,\n\nThis is to confirm that Mr. Leonard Sneep, shift leader, will retire on 31 January 2027.\n\nYours sincerely,\nManagement",
  L("Leonard Sneep", D(2027, 1, 31)))
m("en", "Dear Sir/Madam, kindly note that Mr. Kwabena Ofori-Atta has resigned; his last working day shall be Friday, 18th December 2026.",
  L("Kwabena Ofori-Atta", ON("friday", D(2026, 12, 18))))
m("nl", "Werkplaatschef Dirk Smeenge stopt per 1 april. Hij wordt opgevolgd door Yvo Harbrink, die nu nog timmerman is.",
  L("Dirk Smeenge", D(2027, 4, 1)), MV("Yvo Harbrink", D(2027, 4, 1), None, None))
m("nl", "over 3 weken stopt heftruckchauffeur bryan tuinzing, hij gaat naar een concurrent",
  L("Bryan Tuinzing", P(21)))
m("en", "Apologies, forgot to report: Mateusz Górski started in the repair hall last week Tuesday.",
  J("Mateusz Górski", LW("tuesday")), past=True)
m("nl", "Vanaf maandag 4 januari wordt Tineke Wiersum-Bakker, nu administratief medewerker, onze facilitair coördinator.",
  MV("Tineke Wiersum-Bakker", ON("monday", D(2027, 1, 4)), FC, None))
m("nl", "Per 1 februari komt er een programmeur bij voor het palletportaal: Stijn Huisintveld.",
  J("Stijn Huisintveld", D(2027, 2, 1), SE))
m("en", "Jimmy O'Callaghan's last shift in the yard is Saturday 19 December.",
  L("Jimmy O'Callaghan", ON("saturday", D(2026, 12, 19))))
m("nl", "Vrijdag begint Fleur Jongedijk op de administratie.",
  J("Fleur Jongedijk", WD("friday")))
m("en", "The agency contracts of our two temps, Laszlo Tóth and Rui Pimenta, end on 23 December.",
  L("Laszlo Tóth", D(2026, 12, 23)), L("Rui Pimenta", D(2026, 12, 23)))
m("nl", "Vandaag is de laatste werkdag van onze vertegenwoordiger Hans Wolfswinkel, morgen mag alles dicht.",
  L("Hans Wolfswinkel", NOW, AM))
m("en", "Sawyer Olek Wasilewski moves to our Belgian plant in Geel from 1 February, doing the same job.",
  MV("Olek Wasilewski", D(2027, 2, 1), None, None))
m("nl", "Morgen begint Niels Grimbergen als heftruckchauffeur, kan zijn pas klaarliggen?",
  J("Niels Grimbergen", P(1)))

# An esports organisation (pro teams, an academy, an arena and a content studio)
m("nl", "Hoi allemaal,\n\nPer maandag 11 januari 2027 begint Lars Overeem bij ons als head coach van het League-team. Hij komt over uit Berlijn.\n\nGroetjes,\nMila Verstappen\nGM",
  J("Lars Overeem", ON("monday", D(2027, 1, 11))))
m("en", "new caster for the arena nights: zoë kapinga, first show fri 8 jan 🎮 needs discord + the run sheet drive",
  J("Zoë Kapinga", ON("friday", D(2027, 1, 8))))
m("nl", "Onze CS-speler Daan Poortvliet stopt; zijn contract loopt op 31 december af.",
  L("Daan Poortvliet", D(2026, 12, 31)))
m("nl", "Krijgen de trial-spelers die een week komen meetrainen een account, of alleen wifi?",
  none=True)
m("en", "From 1 February Niamh Fitzmaurice leaves community management and becomes our account manager for sponsors.",
  MV("Niamh Fitzmaurice", D(2027, 2, 1), AM, None))
m("nl", "Per 18 januari komt Ruben Vroegindeweij bij ons als ontwikkelaar van de fan-app.",
  J("Ruben Vroegindeweij", D(2027, 1, 18), SE))
m("en", "Our video editor Marco Roelfsema-Kuil passed away last Sunday. We're all in shock.",
  L("Marco Roelfsema-Kuil", P(-4)), past=True)
m("en", "Hello, Mr. Park Ji-hoon will join as assistant coach from 04.01.2027. He needs visa letter and laptop. Thank you",
  J("Park Ji-hoon", D(2027, 1, 4)))
m("nl", "gisteravond hebben we streamer tim van baarle ontslagen, racistische uitspraken op stream. per direct alles dicht",
  L("Tim van Baarle", P(-1)), past=True)
m("nl", "Nieuwe arena-crew:\n- Sterre Gaastra (start 6 januari)\n- Ayoub Marzouki (start 13 januari)",
  J("Sterre Gaastra", D(2027, 1, 6)), J("Ayoub Marzouki", D(2027, 1, 13)))
m("en", "Our facility coordinator Wilco Stroetinga will also run the new bootcamp house from 1 March, same job.",
  MV("Wilco Stroetinga", D(2027, 3, 1), FC, FC))
m("nl", "Dag Bram, vanaf maandag 1 maart komt Febe Vanoverbeke bij ons als content creator. Gelieve haar account en een laptop te voorzien. Mvg, Jens",
  J("Febe Vanoverbeke", ON("monday", D(2027, 3, 1))))
m("en", "Our new sales rep for sponsorships, Dylan Achterkamp, starts in nine weeks.",
  J("Dylan Achterkamp", P(63), AM))
m("nl", "Correctie: Milou Timmerarends begint niet op 4 januari maar op dinsdag 12 januari, na de LAN in Keulen.",
  J("Milou Timmerarends", ON("tuesday", D(2027, 1, 12))))
m("nl", "Onze support-speler neemt vanaf januari een half jaar onbetaald verlof voor zijn studie. Zijn account mag blijven.",
  none=True)
m("en", "Dear IT,\n\nThe player contract of Mr. Aleksander Przybylski ends on 30 April 2027 and will not be extended.\n\nRegards,\nTeam Management",
  L("Aleksander Przybylski", D(2027, 4, 30)))
m("en", "Hello! Mr. Thiago Vasconcelos will start by us as analyst for the Valorant team on Monday 25 January. Obrigado",
  J("Thiago Vasconcelos", ON("monday", D(2027, 1, 25))))
m("nl", "Teammanager Rik Hoevenaars vertrekt per 1 februari. Zijn opvolger is Chantal Meerdink, die nu bij een sportclub werkt; zij begint maandag 25 januari.",
  L("Rik Hoevenaars", D(2027, 2, 1)), J("Chantal Meerdink", ON("monday", D(2027, 1, 25))))
m("nl", "volgende week vrijdag begint een nieuwe editor: koen van hattem. laptop met premiere graag",
  J("Koen van Hattem", NW("friday")))
m("en", "Can an academy player who's 16 get a company account, or does that need to go through his parents?",
  none=True)
m("nl", "Na dit seizoen stopt Joey Tammenga als speler; per 1 januari wordt hij assistent-coach.",
  MV("Joey Tammenga", D(2027, 1, 1), None, None))
m("nl", "Producer Anouk Heikens vertrekt over vijf weken naar een tv-zender.",
  L("Anouk Heikens", P(35)))
m("en", "Two new players for the academy team: Mees Tenhagen from Monday 4 January and Robin Oudenaller from Monday 18 January.",
  J("Mees Tenhagen", ON("monday", D(2027, 1, 4))), J("Robin Oudenaller", ON("monday", D(2027, 1, 18))))
m("nl", "Vorige week maandag is Timo Kwakkelstein begonnen als social media-medewerker, maar hij heeft nog steeds geen mailadres.",
  J("Timo Kwakkelstein", LW("monday")), past=True)
m("en", "Starter form\nName: Keanu Halfhide\nRole: Arena technician\nStart date: 2027-02-01",
  J("Keanu Halfhide", D(2027, 2, 1)))
m("nl", "Accountmanager Saskia Ravenhorst stopt per 15 maart, ze gaat naar een gameuitgever.",
  L("Saskia Ravenhorst", D(2027, 3, 15), AM))
m("en", "We dismissed player Lukas Hämäläinen on Tuesday for breaching his contract.",
  L("Lukas Hämäläinen", P(-2)), past=True)
m("nl", "Overmorgen speelt Bryan Hofsteede zijn laatste wedstrijd voor ons; dat is ook zijn laatste werkdag.",
  L("Bryan Hofsteede", P(2)))

# A rental company for mobile toilets and sanitary units (events and building sites)
m("nl", "Beste collega's,\n\nVanaf maandag 8 februari 2027 komt Marco Eerdmans bij ons als servicechauffeur (zuigwagen) in regio Noord.\n\nGroet,\nPetra Mulderij\nPlanning",
  J("Marco Eerdmans", ON("monday", D(2027, 2, 8))))
m("en", "new cleaner for the festival units: shanice ramdhanie-ali, starts sat 16 jan. needs the route app 🚽",
  J("Shanice Ramdhanie-Ali", ON("saturday", D(2027, 1, 16))))
m("nl", "Werkplaatschef Gert-Jan Eskes gaat per 1 maart met pensioen. Laatste werkdag is vrijdag 26 februari.",
  L("Gert-Jan Eskes", ON("friday", D(2027, 2, 26))))
m("nl", "Moeten de uitzendkrachten die in de zomer op festivals schoonmaken een eigen inlog voor de app, of delen ze een tablet?",
  none=True)
m("nl", "Per 1 april stapt planner Dewi Siahaya over naar de verkoop, als accountmanager evenementen.",
  MV("Dewi Siahaya", D(2027, 4, 1), AM, None))
m("en", "Nick Kwaaitaal joins on Monday 1 March 2027 as developer for the route-planning tool.",
  J("Nick Kwaaitaal", ON("monday", D(2027, 3, 1)), SE))
m("nl", "Tot onze schrik is chauffeur Johan Tichelaar dinsdag aan een hartstilstand overleden.",
  L("Johan Tichelaar", P(-2)), past=True)
m("en", "Hello, Mr. Burak Yücel is starting to work at 11.01.2027 like service driver. He has C driving licence. Thanks",
  J("Burak Yücel", D(2027, 1, 11)))
m("nl", "vanmorgen ontslagen: chauffeur ruben van zwieten, rijden zonder tachograaf. per direct alles blokkeren",
  L("Ruben van Zwieten", NOW))
m("nl", "Twee nieuwe monteurs voor de werkplaats:\n• Wesley Harkema-Vis per 4 januari\n• Ilias El Ghazaoui per 1 februari",
  J("Wesley Harkema-Vis", D(2027, 1, 4)), J("Ilias El Ghazaoui", D(2027, 2, 1)))
m("en", "Facilities coordinator Tanja Wesselius leaves on Friday 22 January, that's her last day.",
  L("Tanja Wesselius", ON("friday", D(2027, 1, 22)), FC))
m("nl", "Dag Karel, vanaf donderdag 14 januari start Lowie Vandersteene als chauffeur in Gent. Gelieve zijn account te voorzien. Mvg, Tine",
  J("Lowie Vandersteene", ON("thursday", D(2027, 1, 14))))
m("en", "Our new account manager for building sites, Harriet Quaye, starts in ten weeks.",
  J("Harriet Quaye", P(70), AM))
m("nl", "Foutje: Orlando Vanenburg stopt niet per 31 januari maar al per 15 januari.",
  L("Orlando Vanenburg", D(2027, 1, 15)))
m("nl", "Dinand werkt vanaf januari alleen nog in de ochtend, op eigen verzoek. Verder blijft alles hetzelfde.",
  none=True)
m("en", "Dear colleagues,\n\nPlease be advised that Ms. Evelyn Brathwaite, finance assistant, will leave the company on 26 February 2027.\n\nKind regards,\nFinance Director",
  L("Evelyn Brathwaite", D(2027, 2, 26)))
m("en", "Dear Sir, Mr. Pradeep Nambiar has joined today as Accounts Assistant. Kindly arrange laptop and login.",
  J("Pradeep Nambiar", NOW))
m("nl", "Chauffeur Kees Hoogendam stopt op 31 december. Zijn route gaat naar Ahmet Sarı, die op 4 januari begint.",
  L("Kees Hoogendam", D(2026, 12, 31)), J("Ahmet Sarı", D(2027, 1, 4)))
m("nl", "volgende week dinsdag begint nina boschker als planner. mag ze alvast in teams?",
  J("Nina Boschker", NW("tuesday")))
m("en", "Does the hire desk at the festival need separate accounts for the weekend helpers? They're volunteers from a local club.",
  none=True)
m("nl", "Vanaf maandag 1 februari wordt programmeur Yorick Schoonderwoerd teamleider planning.",
  MV("Yorick Schoonderwoerd", ON("monday", D(2027, 2, 1)), None, SE))
m("nl", "Monteur Arie Verdouw vertrekt over zeven weken, hij gaat emigreren.",
  L("Arie Verdouw", P(49)))
m("en", "Two drivers start on Monday 11 January:\n1) Gediminas Vaitkevičius\n2) Ferhat Gündoğdu",
  J("Gediminas Vaitkevičius", ON("monday", D(2027, 1, 11))), J("Ferhat Gündoğdu", D(2027, 1, 11)))
m("nl", "Afgelopen maandag is Roos Kalverda begonnen op de klantenservice, ze heeft nog geen account.",
  J("Roos Kalverda", P(-3)), past=True)
m("en", "Leaver\nName: Shaun Drummond-Kerr\nLast day: 2027-01-08\nCompany van: to be returned to the depot",
  L("Shaun Drummond-Kerr", D(2027, 1, 8)))
m("nl", "Per 1/2 begint Lotte Grasmeijer als accountmanager bouw.",
  J("Lotte Grasmeijer", D(2027, 2, 1), AM))
m("en", "Service driver Petru Ciorbă moves to the Eindhoven depot from 1 January, same work.",
  MV("Petru Ciorbă", D(2027, 1, 1), None, None))
m("nl", "Morgen is de laatste werkdag van onze facilitair medewerker Gonnie Breukelaar.",
  L("Gonnie Breukelaar", P(1), FC))

# A company running three year-round beach pavilions (Zandvoort, Bloemendaal, Scheveningen)
m("nl", "Hallo team,\n\nOp maandag 1 februari 2027 begint Stijn Kraakman bij ons als chef-kok van het paviljoen in Bloemendaal.\n\nGroet,\nMarloes Kleijweg\nOperations",
  J("Stijn Kraakman", ON("monday", D(2027, 2, 1))))
m("en", "new bartender for the winter weekends: lola ferrer, starts sat 12 dec 🍹 needs the till login",
  J("Lola Ferrer", ON("saturday", D(2026, 12, 12))))
m("nl", "Bedrijfsleider Zandvoort Martijn Hoogduin stopt per 1 april. Laatste werkdag is woensdag 31 maart.",
  L("Martijn Hoogduin", ON("wednesday", D(2027, 3, 31))))
m("nl", "Krijgen de opbouwploegen die in maart de paviljoens neerzetten toegang tot ons rooster, of is dat een los bedrijf?",
  none=True)
m("nl", "Per 1 maart wordt Kiki Jonkhart, nu in de bediening, verkoper van onze groepsarrangementen en bedrijfsfeesten.",
  MV("Kiki Jonkhart", D(2027, 3, 1), AM, None))
m("en", "Samuel Ghebremedhin starts on Monday 25 January 2027 as developer of the new reservation site.",
  J("Samuel Ghebremedhin", ON("monday", D(2027, 1, 25)), SE))
m("nl", "Onze afwasser Henk Zoetmulder is vorige week zaterdag overleden.",
  L("Henk Zoetmulder", LW("saturday")), past=True)
m("en", "Bonjour, Mr. Baptiste Lacombe-Roux will start by us the 15 March 2027 like second chef in Scheveningen. Cordialement",
  J("Baptiste Lacombe-Roux", D(2027, 3, 15)))
m("nl", "vandaag ontslagen: barman jesper kruidhof, zat in de kassa. per direct alles dicht",
  L("Jesper Kruidhof", NOW))
m("nl", "Voor de kerstbrunches (tijdelijk):\n- Puck Oosterwegel – vanaf 19 december\n- Bo Westerlaken – vanaf 19 december\n- Sara Ouaziz – vanaf 21 december",
  J("Puck Oosterwegel", D(2026, 12, 19)), J("Bo Westerlaken", D(2026, 12, 19)), J("Sara Ouaziz", D(2026, 12, 21)))
m("en", "Our new facility coordinator for all three pavilions, Gerard Scheepbouwer, starts on the 1st of March.",
  J("Gerard Scheepbouwer", D(2027, 3, 1), FC))
m("nl", "Dag Wouter, vanaf vrijdag 5 maart komt Ine Vandepitte bij ons als zaalverantwoordelijke in Scheveningen. Gelieve haar account te voorzien. Mvg, Lotte",
  J("Ine Vandepitte", ON("friday", D(2027, 3, 5))))
m("en", "Joshua Asante-Boakye starts in two weeks as host in Zandvoort.",
  J("Joshua Asante-Boakye", P(14)))
m("nl", "Wijziging: Tim Wijkhuijs begint niet op 1 maart maar een maand eerder, op maandag 1 februari.",
  J("Tim Wijkhuijs", ON("monday", D(2027, 2, 1))))
m("nl", "Eva gaat per 1 januari met zwangerschapsverlof. Gewoon doorbetalen en niks afsluiten.",
  none=True)
m("en", "Dear sir/madam,\n\nThe seasonal contract of Mr. Bjarne Solheim, lifeguard and host, ends on 31 October 2027.\n\nRegards,\nHR",
  L("Bjarne Solheim", D(2027, 10, 31)))
m("en", "Dear Team, Ms. Anjali Gokhale, Sales Executive, has tendered her resignation; her last working day will be 29th January 2027.",
  L("Anjali Gokhale", D(2027, 1, 29), AM))
m("nl", "Chef-kok Zandvoort Ramon Slagboom stopt per 1 februari; vanaf dan is Fenna Brasser, nu souschef, de chef.",
  L("Ramon Slagboom", D(2027, 2, 1)), MV("Fenna Brasser", D(2027, 2, 1), None, None))
m("nl", "volgende week zaterdag laatste dienst van mohamed el kaddouri, hij gaat naar een hotel",
  L("Mohamed El Kaddouri", NW("saturday")))
m("en", "Do we need to close the account of the cook who only worked the summer? Her contract ended on 30 September.",
  none=True)
m("nl", "Vanaf maandag 4 januari werkt souschef Thijs Gorissen in Scheveningen in plaats van Zandvoort, zelfde functie.",
  MV("Thijs Gorissen", ON("monday", D(2027, 1, 4)), None, None))
m("nl", "Over vier weken, op oudejaarsdag, is het de laatste werkdag van barman Stan Roeleveld.",
  L("Stan Roeleveld", P(28)))
m("en", "Two hosts for Scheveningen, both starting Friday 15 January: Amber Lakerveld and Delano Sastrowidjojo.",
  J("Amber Lakerveld", ON("friday", D(2027, 1, 15))), J("Delano Sastrowidjojo", D(2027, 1, 15)))
m("nl", "Eergisteren is Wouter Castelijn begonnen in de keuken van Zandvoort; hij mist nog een account.",
  J("Wouter Castelijn", P(-2)), past=True)
m("en", "New hire\nName: Maya Oppenheimer\nPosition: marketing assistant\nStart: 2027-03-08",
  J("Maya Oppenheimer", D(2027, 3, 8)))
m("nl", "Ferdi Ruijgrok heeft vandaag zijn laatste werkdag gehad. Kunnen zijn pas en mail dicht?",
  L("Ferdi Ruijgrok", NOW))
m("en", "Next Wednesday Callan Pendlebury starts as kitchen porter in Bloemendaal.",
  J("Callan Pendlebury", WD("wednesday")))
m("nl", "Morgen begint Bregje Vergunst als facilitair medewerker voor de drie paviljoens.",
  J("Bregje Vergunst", P(1), FC))
SHORT = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "thu": "thursday",
         "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday",
         "ma": "maandag", "di": "dinsdag", "wo": "woensdag", "do": "donderdag", "vr": "vrijdag",
         "za": "zaterdag", "zo": "zondag"}
MONTHS = {}
for _i, _names in enumerate([
        ("january", "januari", "jan"), ("february", "februari", "feb"), ("march", "maart", "mar", "mrt"),
        ("april", "apr"), ("may", "mei"), ("june", "juni", "jun"), ("july", "juli", "jul"),
        ("august", "augustus", "aug"), ("september", "sep", "sept"), ("october", "oktober", "oct", "okt"),
        ("november", "nov"), ("december", "dec")], 1):
    for _n in _names:
        MONTHS[_n] = _i
DAYS = "|".join(EN_DAYS + NL_DAYS + sorted(SHORT, key=len, reverse=True))
HEADER = re.compile(r"^(from|van|date|datum|verzonden|sent|op .* schreef|on .* wrote)", re.I)


def weekday_dates(text):
    """(weekday, month, day) for every weekday written right before a date, outside mail headers."""
    found = []
    for line in text.split("\n"):
        if HEADER.match(line.strip()):
            continue
        low = line.lower()
        for w, d, mo in re.findall(r"\b(" + DAYS + r")\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|e|de|ste)?\s+(?:of\s+)?([a-z]+)", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, mo, d in re.findall(r"\b(" + DAYS + r")\.?,?\s+([a-z]+)\.?\s+(\d{1,2})\b", low):
            if mo in MONTHS:
                found.append((w, MONTHS[mo], int(d)))
        for w, d, mo in re.findall(r"\b(" + DAYS + r")\.?,?\s+(\d{1,2})[/.-](\d{1,2})\b", low):
            found.append((w, int(mo), int(d)))
    return [(SHORT.get(w, w), mo, d) for w, mo, d in found]


def check():
    texts, names = set(), set()
    for i, (lang, text, expect, past, none) in enumerate(MESSAGES, 1):
        where = "ac%03d" % i
        assert lang in ("nl", "en"), where
        assert text not in texts, where
        texts.add(text)
        assert bool(expect) != none, where
        dates = set()
        for e in expect:
            assert e["kind"] in ("JOINER", "LEAVER", "MOVER"), where
            assert e["role"] in ROLES, where
            if e["kind"] == "MOVER":
                assert e["fromRole"] in ROLES, where
            else:
                assert "fromRole" not in e, where
            assert e["name"].lower() in text.lower(), (where, e["name"])
            assert e["name"] not in names, (where, e["name"])
            assert e["name"] == e["name"].strip() and "  " not in e["name"], where
            names.add(e["name"])
            if e["date"] is None:
                continue  # a date no reader can tell: expected empty
            d = dt.date.fromisoformat(e["date"])
            dates.add(d)
            if d < TODAY:
                assert past, (where, d)
            assert d <= dt.date(2028, 6, 3), (where, d)
        if past:
            assert any(d < TODAY for d in dates), where
        for w, mo, day in weekday_dates(text):
            ok = [d for d in dates if d.month == mo and d.day == day]
            assert ok, (where, w, mo, day)
            assert all(d.weekday() == _day(w) for d in ok), (where, w, mo, day)


def write(path):
    check()
    with open(path, "w", encoding="utf-8") as out:
        for i, (lang, text, expect, past, none) in enumerate(MESSAGES, 1):
            out.write(json.dumps({"id": "ac%03d" % i, "lang": lang, "text": text, "expect": expect},
                                 ensure_ascii=False) + "\n")


def stats(part):
    """Counts for the README (not used by any test)."""
    n = len(part)
    nl = sum(1 for x in part if x[0] == "nl")
    lens = [len(x[1]) for x in part]
    kinds = {}
    for x in part:
        for e in x[2]:
            kinds[e["kind"]] = kinds.get(e["kind"], 0) + 1
    print("  %d messages, %d nl (%.1f %%), %d people %s, none %d, multi %d, past %d, "
          "len mean %.1f, <75 %d, 75-159 %d, 160+ %d" % (
              n, nl, 100.0 * nl / n, sum(len(x[2]) for x in part), kinds,
              sum(1 for x in part if x[4]), sum(1 for x in part if len(x[2]) > 1),
              sum(1 for x in part if x[3]), sum(lens) / n,
              sum(1 for v in lens if v < 75), sum(1 for v in lens if 75 <= v < 160),
              sum(1 for v in lens if v >= 160)))


if __name__ == "__main__":
    write(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-33.jsonl"))
    nl = sum(1 for x in MESSAGES if x[0] == "nl")
    people = sum(len(x[2]) for x in MESSAGES)
    print(len(MESSAGES), "messages,", nl, "Dutch (%.1f %%)" % (100.0 * nl / len(MESSAGES)), people, "people")
    if os.environ.get("STATS"):
        stats(MESSAGES[:150])
        stats(MESSAGES[150:])
        stats(MESSAGES)
