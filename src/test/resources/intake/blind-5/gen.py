#!/usr/bin/env python3
"""Fifth blind corpus (issue 18, item 1, session 16): messages written by hand, one at a time.

Every expectation is written next to its message; dates are computed from TODAY with the
helpers below, whose names say how the text is read. Run: python3 gen.py
"""
import json
import os
import random
from datetime import date, timedelta

TODAY = date(2026, 12, 3)  # Thursday, as IntakeCorpusTests.TODAY
assert TODAY.weekday() == 3
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
ROLES = {"account-manager", "care-worker", "facility-coordinator", "software-engineer", None}


def ymd(y, m, d):
    """A full date."""
    return date(y, m, d)


def md(m, d):
    """A date without a year: the next such date on or after today."""
    x = date(TODAY.year, m, d)
    return x if x >= TODAY else date(TODAY.year + 1, m, d)


def plus(n):
    """A relative period: tomorrow +1, two weeks +14, three weeks +21 ..."""
    return TODAY + timedelta(days=n)


def wd(name):
    """A bare, 'next', 'komende', 'aanstaande', 'this' weekday: the first such day after today."""
    k = DAYS.index(name)
    n = (k - TODAY.weekday()) % 7 or 7
    return TODAY + timedelta(days=n)


def nw(name):
    """'volgende week X' / 'next week X': that weekday in the calendar week Mon 2026-12-07 .. Sun 12-13."""
    monday = TODAY + timedelta(days=7 - TODAY.weekday())
    return monday + timedelta(days=DAYS.index(name))


def eom():
    """The end of this month."""
    return date(2026, 12, 31)


NOW = TODAY


def on(day, d):
    """The text writes a weekday next to the date: they must agree."""
    assert d.weekday() == DAYS.index(day), (day, d, d.strftime("%a"))
    return d


def person(kind, name, d, role, from_role="-"):
    assert role in ROLES, role
    p = {"kind": kind, "name": name, "date": d.isoformat() if d else None, "role": role}
    if kind == "MOVER":
        assert from_role in ROLES, from_role
        p["fromRole"] = from_role
    else:
        assert from_role == "-"
    return p


def J(name, d, role):
    return person("JOINER", name, d, role)


def L(name, d, role):
    return person("LEAVER", name, d, role)


def MV(name, d, role, from_role):
    return person("MOVER", name, d, role, from_role)


MESSAGES = []


def M(lang, text, *people, past=False):
    """past=True: the message gives a date before today on purpose."""
    assert lang in ("nl", "en")
    assert people
    MESSAGES.append((lang, text, list(people), past))


# ---------------------------------------------------------------- messages, written by hand

# --- Dutch, part 1
M("nl", "Hoi! Even een nieuwe collega doorgeven: Sanne de Groot begint per 1 februari als verzorgende op De Linde. Kun jij haar accounts regelen?",
  J("Sanne de Groot", md(2, 1), "care-worker"))
M("nl", "Goedemorgen, Bram Hoekstra heeft vandaag zijn ontslag ingediend. Laatste werkdag wordt vrijdag 29 januari. Hij is accountmanager in regio Noord.",
  L("Bram Hoekstra", on("fri", md(1, 29)), "account-manager"))
M("nl", "we hebben eindelijk een nieuwe developer gevonden!! Youssef El Idrissi start 4 januari, zijn eerste dag is bij ons op kantoor in Utrecht",
  J("Youssef El Idrissi", md(1, 4), "software-engineer"))
M("nl", "Ineke Brouwer gaat met pensioen, haar laatste werkdag is vrijdag 26 februari. Ze werkt hier al 38 jaar als zorgmedewerker, we gaan haar missen 😢",
  L("Ineke Brouwer", on("fri", md(2, 26)), "care-worker"))
M("nl", "Hallo, wil je Daan Verhoeven uit dienst melden? Zijn contract wordt niet verlengd en loopt af op 31 januari 2027. Hij was ontwikkelaar.",
  L("Daan Verhoeven", ymd(2027, 1, 31), "software-engineer"))
M("nl", "Fatima Ouali gaat per 1 februari van verzorgende naar facilitair medewerker, ze wil graag minder fysiek werk.",
  MV("Fatima Ouali", md(2, 1), "facility-coordinator", "care-worker"))
M("nl", "Nieuwe starter maandag 11 januari: Jeroen van der Linden, programmeur. Hij heeft nog een laptop van zijn vorige werk maar die moet ie inleveren, dus graag een nieuwe 🙂",
  J("Jeroen van der Linden", on("mon", md(1, 11)), "software-engineer"))
M("nl", "Goedemiddag, vanaf 15-02-2027 komt Noor Bakker ons team versterken als vertegenwoordiger.",
  J("Noor Bakker", ymd(2027, 2, 15), "account-manager"))
M("nl", "Kees Jansen stopt. Laatste dag morgen. Sorry voor de late melding, ik hoorde het zelf ook pas vanochtend.",
  L("Kees Jansen", plus(1), None))
M("nl", "Lotte 't Hart begint 18/1 bij de facilitaire dienst",
  J("Lotte 't Hart", md(1, 18), "facility-coordinator"))
M("nl", "Is het nog mogelijk om voor volgende week dinsdag alles klaar te hebben voor Thijs Mulder? Hij begint dan als zorgmedewerker.",
  J("Thijs Mulder", nw("tue"), "care-worker"))
M("nl", "Mohammed Amrani neemt afscheid van ons, zijn laatste werkdag is 18 december. Hij gaat bij een concurrent aan de slag als verkoper, hier was hij facilitair medewerker.",
  L("Mohammed Amrani", md(12, 18), "facility-coordinator"))
M("nl", "Beste collega's,\n\nMet ingang van 1 april 2027 treedt Anne-Marie Schouten in dienst als HR-adviseur.\n\nMet vriendelijke groet,\nPetra Kok\nAfdeling P&O",
  J("Anne-Marie Schouten", ymd(2027, 4, 1), None))
M("nl", "Hey, Rutger Smit wordt per 1-3-2027 teamleider van de developers, dus hij is dan zelf geen ontwikkelaar meer.",
  MV("Rutger Smit", ymd(2027, 3, 1), None, "software-engineer"))
M("nl", "Kunnen jullie een account aanmaken voor Esra Yılmaz? Ze start over twee weken als verzorgster.",
  J("Esra Yılmaz", plus(14), "care-worker"))
M("nl", "Vandaag is de laatste dag van Henk Dijkstra (facilitair coördinator). Kunnen jullie zijn pas en sleutels vanmiddag blokkeren?",
  L("Henk Dijkstra", NOW, "facility-coordinator"))
M("nl", "goedemorgen allemaal, even ter info: Priya Raghunathan komt op maandag 1 februari ons dev-team versterken",
  J("Priya Raghunathan", on("mon", md(2, 1)), "software-engineer"))
M("nl", "Wouter ten Brink heeft een andere baan gevonden en vertrekt eind van de maand.",
  L("Wouter ten Brink", eom(), None))
M("nl", "Na zijn proeftijd gaat Luuk Vos over van de facilitaire dienst naar sales, ingangsdatum 1 maart.",
  MV("Luuk Vos", md(3, 1), "account-manager", "facility-coordinator"))
M("nl", "Hoi Sandra, kun je regelen dat Marloes van den Heuvel woensdag 6 januari kan beginnen? Ze wordt onze nieuwe receptioniste.",
  J("Marloes van den Heuvel", on("wed", md(1, 6)), None))
M("nl", "De tijdelijke aanstelling van Chantal Kuipers loopt op 15 januari af. Ze is verzorgende op afdeling 3.",
  L("Chantal Kuipers", md(1, 15), "care-worker"))
M("nl", "Ik heb net gehoord dat Gerrit Jan Hofman met vervroegd pensioen gaat. Zijn laatste werkdag wordt 31 december.",
  L("Gerrit Jan Hofman", md(12, 31), None))
M("nl", "Nieuwe collega's bij de verzorging: Ilse Postma en Romy de Boer beginnen allebei op maandag 4 januari.",
  J("Ilse Postma", on("mon", md(1, 4)), "care-worker"), J("Romy de Boer", md(1, 4), "care-worker"))
M("nl", "Stefan Wijnands (verkoper) en Linda Koster (facilitair medewerker) gaan allebei weg, Stefan per 31 januari en Linda per 28 februari. Beiden hebben zelf opgezegd.",
  L("Stefan Wijnands", md(1, 31), "account-manager"), L("Linda Koster", md(2, 28), "facility-coordinator"))
M("nl", "Hoi, vanaf maandag werkt Joost Meijer als accountmanager i.p.v. als programmeur. Kan zijn Salesforce-toegang geregeld worden?",
  MV("Joost Meijer", wd("mon"), "account-manager", "software-engineer"))
M("nl", "Mijn collega Annelies Prins gaat ons verlaten 😔 ze heeft vandaag haar ontslagbrief ingeleverd. Ze heeft een maand opzegtermijn, dus haar laatste dag is 4 januari.",
  L("Annelies Prins", md(1, 4), None))
M("nl", "Ahmet Çelik treedt op 1 februari 2027 in dienst als facilitair medewerker bij facilitaire zaken.",
  J("Ahmet Çelik", ymd(2027, 2, 1), "facility-coordinator"))
M("nl", "Welkom aan Sophie Lambrechts! Ze begint 8 maart als account manager B2B.",
  J("Sophie Lambrechts", md(3, 8), "account-manager"))
M("nl", "Graag Pieter de Vries offboarden, hij is vorige week vrijdag al vertrokken maar we waren vergeten het door te geven.",
  L("Pieter de Vries", on("fri", ymd(2026, 11, 27)), None), past=True)
M("nl", "Per 1/2 start Rachid Boukhari als software engineer, kun je zorgen dat zijn GitHub-account klaarstaat?",
  J("Rachid Boukhari", md(2, 1), "software-engineer"))
M("nl", "Emma Visser wordt vanaf 1 januari senior accountmanager, ze was tot nu toe onze receptioniste.",
  MV("Emma Visser", md(1, 1), "account-manager", None))
M("nl", "Ik wil graag een vertrekker melden: Jaap Kramer, verzorgende, laatste werkdag 22-01-2027.",
  L("Jaap Kramer", ymd(2027, 1, 22), "care-worker"))
M("nl", "Beste IT,\nOp dinsdag 12 januari begint Mirjam Oosterhuis bij ons als zorgmedewerker. Willen jullie haar telefoon en ONS-account klaarzetten?\nAlvast bedankt!\nGroeten, Femke",
  J("Mirjam Oosterhuis", on("tue", md(1, 12)), "care-worker"))
M("nl", "Hé! Joris en Tim beginnen morgen, Joris Hendriks als ontwikkelaar en Tim Bosman als verkoper.",
  J("Joris Hendriks", plus(1), "software-engineer"), J("Tim Bosman", plus(1), "account-manager"))
M("nl", "Naomi Tjon-A-Joe heeft opgezegd, over drie weken is haar laatste dag. Ze is verzorgende.",
  L("Naomi Tjon-A-Joe", plus(21), "care-worker"))
M("nl", "Roel van Beek (dev) stapt per 1 maart over naar het salesteam als accountmanager",
  MV("Roel van Beek", md(3, 1), "account-manager", "software-engineer"))
M("nl", "Vraagje: Sem Willems begint 4 januari als stagiair, heeft hij een laptop nodig?",
  J("Sem Willems", md(1, 4), None))
M("nl", "Karin Zwart is met ingang van 1 februari niet meer werkzaam bij ons; haar laatste werkdag is 29 januari.",
  L("Karin Zwart", md(1, 29), None))
M("nl", "Aanstaande maandag start Bas Kok bij de facilitaire dienst.",
  J("Bas Kok", wd("mon"), "facility-coordinator"))
M("nl", "Hoi, wij hebben Lieke Schipper aangenomen als zorgmedewerkster, start 1 februari. Ze heeft haar VOG al ingeleverd.",
  J("Lieke Schipper", md(2, 1), "care-worker"))
M("nl", "Marco Rossi vertrekt op 15 januari. Hij was developer in het platformteam.",
  L("Marco Rossi", md(1, 15), "software-engineer"))
M("nl", "Theo van Leeuwen gaat na 41 jaar met pensioen! Zijn laatste werkdag is donderdag 24 december, daarna een welverdiende rust.",
  L("Theo van Leeuwen", on("thu", md(12, 24)), None))
M("nl", "per direct uit dienst: Dennis Verbeek. Graag vandaag nog alle toegang intrekken.",
  L("Dennis Verbeek", NOW, None))
M("nl", "Nieuwe vertegenwoordiger voor regio Zuid: Gijs Peeters, hij begint op 1 maart 2027.",
  J("Gijs Peeters", ymd(2027, 3, 1), "account-manager"))
M("nl", "Hallo, ik wilde even doorgeven dat Yvonne Dekker vanaf 15 februari als facilitair coördinator aan de slag gaat. Tot die tijd blijft ze gewoon verzorgende.",
  MV("Yvonne Dekker", md(2, 15), "facility-coordinator", "care-worker"))
M("nl", "Laura Bergsma komt per 4-1-2027 bij ons werken als softwareontwikkelaar 🎉",
  J("Laura Bergsma", ymd(2027, 1, 4), "software-engineer"))
M("nl", "Kun je voor Hanneke de Jong-Smit een nieuwe laptop bestellen? Ze begint 25 januari als accountmanager.",
  J("Hanneke de Jong-Smit", md(1, 25), "account-manager"))
M("nl", "Jesse Dijkman is helaas niet door zijn proeftijd gekomen, zijn laatste dag is vrijdag 18 december.",
  L("Jesse Dijkman", on("fri", md(12, 18)), None))
M("nl", "Hi, Ömer Doğan begint volgende week donderdag als verzorger op de nachtdienst.",
  J("Ömer Doğan", nw("thu"), "care-worker"))
M("nl", "Ik ben vergeten te melden dat Kim van Dam sinds 1 december als programmeur bij ons werkt, kan dat nog verwerkt worden?",
  J("Kim van Dam", ymd(2026, 12, 1), "software-engineer"), past=True)
M("nl", "Goedemorgen, graag een vertrekmelding voor Frank Vermeulen, accountmanager. Hij stopt, zijn laatste werkdag is vrijdag 5 februari.",
  L("Frank Vermeulen", on("fri", md(2, 5)), "account-manager"))
M("nl", "Melanie Bos (verzorgende) gaat vanaf 1 januari op kantoor werken als HR-medewerker.",
  MV("Melanie Bos", md(1, 1), None, "care-worker"))
M("nl", "Nieuwe collega! Mustafa Aydın start maandag 18 januari als ontwikkelaar. Zijn leidinggevende wordt Erik Janssen.",
  J("Mustafa Aydın", on("mon", md(1, 18)), "software-engineer"))
M("nl", "Ruud de Wit heeft per 1 januari een nieuwe functie: hij wordt facilitair medewerker. Hiervoor was hij vertegenwoordiger.",
  MV("Ruud de Wit", md(1, 1), "facility-coordinator", "account-manager"))
M("nl", "Het contract van Demi Hermans (verzorgster) eindigt op 31-12-2026 en wordt niet verlengd.",
  L("Demi Hermans", ymd(2026, 12, 31), "care-worker"))
M("nl", "hoi kun je ff kijken of alles klaar is voor jan-willem de bruin, hij begint maandag als developer",
  J("Jan-Willem de Bruin", wd("mon"), "software-engineer"))
M("nl", "Wilma Evers gaat over 2 weken met pensioen, ze was jarenlang onze vaste receptioniste.",
  L("Wilma Evers", plus(14), None))
M("nl", "Op 1 maart stroomt Nina Verschuren door van verzorgende naar teamleider.",
  MV("Nina Verschuren", md(3, 1), None, "care-worker"))
M("nl", "Beste Joyce,\n\nZou je voor Arjen Koopmans de uitdiensttreding willen regelen?\nLaatste werkdag: 12-02-2027\nFunctie: software engineer\n\nDank!\nGroet, Michel",
  L("Arjen Koopmans", ymd(2027, 2, 12), "software-engineer"))
M("nl", "Xiaoming Chen is aangenomen als developer en begint 1 februari",
  J("Xiaoming Chen", md(2, 1), "software-engineer"))
M("nl", "Anouk Peters stopt als verzorgende en gaat per 1 februari bij ons aan de slag als planner.",
  MV("Anouk Peters", md(2, 1), None, "care-worker"))
M("nl", "Deze vrijdag is de laatste werkdag van Hans Timmermans, hij gaat met pensioen. Wil iemand zijn sleutelbos innemen? Hij was facilitair medewerker.",
  L("Hans Timmermans", wd("fri"), "facility-coordinator"))
M("nl", "Jullie hebben het vast al gehoord: Eva Smits gaat ons na vijf jaar verlaten. Haar laatste dag is 8 januari.",
  L("Eva Smits", md(1, 8), None))
M("nl", "Ik heb goed nieuws: we hebben twee nieuwe zorgmedewerkers aangenomen, Fleur Jacobs en Mila Hoekman. Fleur begint 4 januari, Mila 11 januari.",
  J("Fleur Jacobs", md(1, 4), "care-worker"), J("Mila Hoekman", md(1, 11), "care-worker"))
M("nl", "Samira Haddou begint 1 februari als accountmanager en neemt de klanten van Dirk over.",
  J("Samira Haddou", md(2, 1), "account-manager"))

# --- English, part 1
M("en", "Hi team, quick one – Oliver Bennett joins us on Monday 4 January as a software engineer. Can you get his laptop ready?",
  J("Oliver Bennett", on("mon", md(1, 4)), "software-engineer"))
M("en", "Grace O'Connor has handed in her notice. Her last day will be the 29th of January. She's one of our account managers.",
  L("Grace O'Connor", md(1, 29), "account-manager"))
M("en", "Please offboard Tomasz Kowalski, last working day Friday 18 December. He was on the facilities team.",
  L("Tomasz Kowalski", on("fri", md(12, 18)), "facility-coordinator"))
M("en", "We've hired a new carer! Amara Nwosu starts in two weeks.",
  J("Amara Nwosu", plus(14), "care-worker"))
M("en", "Heads up: Lucas Moreau is moving from development to sales on 1 March, so he'll need Salesforce.",
  MV("Lucas Moreau", md(3, 1), "account-manager", "software-engineer"))
M("en", "Can you set up accounts for Hannah Schmidt? She's starting tomorrow as a developer. Sorry for the short notice!",
  J("Hannah Schmidt", plus(1), "software-engineer"))
M("en", "Raj Patel is retiring at the end of the month after 25 years as a sales rep.",
  L("Raj Patel", eom(), "account-manager"))
M("en", "Sophie Turner's contract ends on 15/01/2027 and won't be renewed. She works as a healthcare assistant.",
  L("Sophie Turner", ymd(2027, 1, 15), "care-worker"))
M("en", "New starter on 11th January: Ethan Walsh, facility coordinator.",
  J("Ethan Walsh", md(1, 11), "facility-coordinator"))
M("en", "Hey! Just confirming that Isabella Rossi will start next Monday. She's our new HR advisor.",
  J("Isabella Rossi", wd("mon"), None))
M("en", "Mark Thompson was let go today, please revoke all his access immediately.",
  L("Mark Thompson", NOW, None))
M("en", "From 1 February, Chloé Dubois will be working as a caregiver instead of at reception.",
  MV("Chloé Dubois", md(2, 1), "care-worker", None))
M("en", "Hi,\n\nI'd like to let you know that Daniel Kim will be joining the engineering team on January 18th, 2027.\n\nKind regards,\nSarah Mitchell\nHead of Engineering",
  J("Daniel Kim", ymd(2027, 1, 18), "software-engineer"))
M("en", "Jack and Emily both start on the 4th of January — Jack Robinson as a programmer, Emily Clarke as an account manager.",
  J("Jack Robinson", md(1, 4), "software-engineer"), J("Emily Clarke", md(1, 4), "account-manager"))
M("en", "Siobhan Murphy resigned this morning. She'll be working until 22 January.",
  L("Siobhan Murphy", md(1, 22), None))
M("en", "Please note Ahmed Hassan will transfer to the facilities team as of 1/3/2027.",
  MV("Ahmed Hassan", ymd(2027, 3, 1), "facility-coordinator", None))
M("en", "Noah Fischer (dev) is leaving us, last day 8 Jan.",
  L("Noah Fischer", md(1, 8), "software-engineer"))
M("en", "We are delighted to welcome Zoë van Wijk, who starts as a care worker on Wednesday 13 January.",
  J("Zoë van Wijk", on("wed", md(1, 13)), "care-worker"))
M("en", "quick q - is it too late to add Ben Carter for monday? he's a new sales rep",
  J("Ben Carter", wd("mon"), "account-manager"))
M("en", "Laura Martínez will be promoted to account manager on 1 April. Currently she works at reception.",
  MV("Laura Martínez", md(4, 1), "account-manager", None))
M("en", "Our facilities coordinator Peter Hughes retires on 31 March 2027.",
  L("Peter Hughes", ymd(2027, 3, 31), "facility-coordinator"))
M("en", "Anna-Lena Vogel will join in 3 weeks as a software developer.",
  J("Anna-Lena Vogel", plus(21), "software-engineer"))
M("en", "Could you please arrange the offboarding for Connor Doyle? His final day is Tuesday, 5 January.",
  L("Connor Doyle", on("tue", md(1, 5)), None))
M("en", "Mei Lin Wong starts next week Wednesday as a caregiver on the dementia ward.",
  J("Mei Lin Wong", nw("wed"), "care-worker"))
M("en", "Jakub Nowak has accepted our offer 🎉 He'll start on 1 Feb as a developer.",
  J("Jakub Nowak", md(2, 1), "software-engineer"))
M("en", "Tom and I agreed that Ryan Phillips will switch from sales to the dev team per 1 January.",
  MV("Ryan Phillips", md(1, 1), "software-engineer", "account-manager"))
M("en", "Last day for Olivia Harris is the end of this month. She's off to travel the world!",
  L("Olivia Harris", eom(), None))
M("en", "Gabriel Santos, account manager, starts 2027-02-01.",
  J("Gabriel Santos", ymd(2027, 2, 1), "account-manager"))
M("en", "Hi, the temp contract of Aisha Bello (carer) runs out on 31 January, we're not extending it.",
  L("Aisha Bello", md(1, 31), "care-worker"))
M("en", "Please welcome our new software engineers: Lukas Becker and Sofia Andersson, both starting 4 January.",
  J("Lukas Becker", md(1, 4), "software-engineer"), J("Sofia Andersson", md(1, 4), "software-engineer"))
M("en", "Harriet Lane will be leaving us at the end of February; her last working day is 26 February.",
  L("Harriet Lane", md(2, 26), None))
M("en", "Dear HR,\nI'm writing to inform you that Kofi Mensah-Asante has been hired as a facilities coordinator. His start date is Monday 8 February 2027.\nBest,\nJames",
  J("Kofi Mensah-Asante", on("mon", ymd(2027, 2, 8)), "facility-coordinator"))
M("en", "Liam O'Sullivan moves to a new role next Tuesday: he goes from caregiver to facility coordinator.",
  MV("Liam O'Sullivan", wd("tue"), "facility-coordinator", "care-worker"))
M("en", "Emma Johansson is resigning, her last day will be Thursday 14 January.",
  L("Emma Johansson", on("thu", md(1, 14)), None))
M("en", "Heads-up: Victor Nguyen starts tomorrow in Sales.",
  J("Victor Nguyen", plus(1), "account-manager"))
M("en", "Can you disable Paul Adams' account on Friday? He's leaving us, Friday is his last day.",
  L("Paul Adams", wd("fri"), None))
M("en", "Sven Lindqvist, our senior developer, has decided to retire. He'll work until 30 April 2027.",
  L("Sven Lindqvist", ymd(2027, 4, 30), "software-engineer"))
M("en", "We're bringing on Maria José García as an account manager. Start date: 15 March.",
  J("Maria José García", md(3, 15), "account-manager"))
M("en", "Zainab Adeyemi will join us on the first of February as a carer.",
  J("Zainab Adeyemi", md(2, 1), "care-worker"))
M("en", "Jonathan Price is changing roles on 1 Feb: from account manager to programmer.",
  MV("Jonathan Price", md(2, 1), "software-engineer", "account-manager"))
M("en", "FYI Megan Scott's last day is tomorrow.",
  L("Megan Scott", plus(1), None))
M("en", "New hire alert! Arjun Mehta, software engineer, first day 11/01/2027.",
  J("Arjun Mehta", ymd(2027, 1, 11), "software-engineer"))
M("en", "Hi there, Chris Evans is leaving the facilities team; his contract ends on 15 January. Please collect his master key.",
  L("Chris Evans", md(1, 15), "facility-coordinator"))
M("en", "Rebecca Stone starts as a care worker in three weeks, on Thursday 24 December.",
  J("Rebecca Stone", on("thu", plus(21)), "care-worker"))
M("en", "I'm happy to share that Ali Reza Karimi joins as a developer on 18 January!",
  J("Ali Reza Karimi", md(1, 18), "software-engineer"))
M("en", "Jessica Brown has been dismissed, effective immediately. Please block her badge today.",
  L("Jessica Brown", NOW, None))
M("en", "Lena Hoffmann is moving from the care team to facilities on Monday 1 March.",
  MV("Lena Hoffmann", on("mon", md(3, 1)), "facility-coordinator", "care-worker"))
M("en", "Adam Lewis will start next Monday as a sales representative. His manager is Claire Wood.",
  J("Adam Lewis", wd("mon"), "account-manager"))
M("en", "Could you check whether everything is ready for Sipho Dlamini? He's starting this Friday as a care worker.",
  J("Sipho Dlamini", wd("fri"), "care-worker"))
M("en", "After 12 years with us, Margaret Hill is retiring. Her last day will be the 18th of December.",
  L("Margaret Hill", md(12, 18), None))
M("en", "Dominic Reyes, currently a programmer, becomes account manager from 1 March.",
  MV("Dominic Reyes", md(3, 1), "account-manager", "software-engineer"))
M("en", "Please create accounts for our two new carers, Precious Okoro and Hanna Berg. Precious starts on 4 Jan, Hanna on 18 Jan.",
  J("Precious Okoro", md(1, 4), "care-worker"), J("Hanna Berg", md(1, 18), "care-worker"))
M("en", "Finn Larsen handed in his resignation today. Notice period is one month; last working day 4 January.",
  L("Finn Larsen", md(1, 4), None))
M("en", "Good morning! Benjamin Clarke-Wood joins the facilities team on 1 February.",
  J("Benjamin Clarke-Wood", md(2, 1), "facility-coordinator"))
M("en", "Natalia Kowalczyk is switching from developer to account manager as of 1 April.",
  MV("Natalia Kowalczyk", md(4, 1), "account-manager", "software-engineer"))
M("en", "Marcus Johnson's fixed-term contract expires on 28 February 2027. He is a facilities coordinator.",
  L("Marcus Johnson", ymd(2027, 2, 28), "facility-coordinator"))
M("en", "Welcome to the team, Yuki Tanaka! Yuki starts on Monday as our new developer.",
  J("Yuki Tanaka", wd("mon"), "software-engineer"))
M("en", "Hi, just a heads up that Samuel Osei won't be with us after 15 January – his last day is the 15th.",
  L("Samuel Osei", md(1, 15), None))
M("en", "Please note: as of 1 January, Rosa Fernández is no longer a caregiver but our new facility coordinator.",
  MV("Rosa Fernández", md(1, 1), "facility-coordinator", "care-worker"))
M("en", "Quick one: Ella Watson, data analyst, starts next Monday.",
  J("Ella Watson", wd("mon"), None))
M("en", "We need to offboard Derek Miles. He quit without notice yesterday.",
  L("Derek Miles", plus(-1), None), past=True)
M("en", "Starting 1st March: Priyanka Sharma, account manager.",
  J("Priyanka Sharma", md(3, 1), "account-manager"))
M("en", "Jamal Williams is leaving, last day 22/1. He's a developer in the mobile team.",
  L("Jamal Williams", md(1, 22), "software-engineer"))
M("en", "Hi! Nora Lindgren, a new care worker, starts on January 6th. She'll need a phone.",
  J("Nora Lindgren", md(1, 6), "care-worker"))
M("en", "Thomas Müller, facility coordinator at the Amsterdam office, retires in two weeks.",
  L("Thomas Müller", plus(14), "facility-coordinator"))

# --- Dutch, part 2
M("nl", "Hoi Marieke, goed nieuws: Bart-Jan van Essen heeft het contract getekend! Hij begint 1 februari als accountmanager.",
  J("Bart-Jan van Essen", md(2, 1), "account-manager"))
M("nl", "Per 01-02-2027 gaan Jasper Huisman en Sarah El Amrani aan de slag als ontwikkelaars.",
  J("Jasper Huisman", ymd(2027, 2, 1), "software-engineer"), J("Sarah El Amrani", ymd(2027, 2, 1), "software-engineer"))
M("nl", "Graag voor maandag 4 januari een telefoon en pas voor Nadia Benali, nieuwe verzorgende. Haar buddy wordt Ria Smeets.",
  J("Nadia Benali", on("mon", md(1, 4)), "care-worker"))
M("nl", "Vincent de Ruiter gaat ons verlaten, hij werkt nog tot en met 31 maart.",
  L("Vincent de Ruiter", md(3, 31), None))
M("nl", "Maandag de 14e begint Tessa Groen bij de facilitaire dienst.",
  J("Tessa Groen", on("mon", md(12, 14)), "facility-coordinator"))
M("nl", "Bij deze meld ik af: Cor Schuurman, verzorgende, gaat met pensioen. Laatste werkdag 31 december.",
  L("Cor Schuurman", md(12, 31), "care-worker"))
M("nl", "Dag allemaal, Noah Verbruggen start donderdag 7 januari als junior developer. Kan iemand zorgen dat hij toegang tot Jira heeft?",
  J("Noah Verbruggen", on("thu", md(1, 7)), "software-engineer"))
M("nl", "Lisa en Kevin van de verkoop gaan allebei stoppen: Lisa Mertens per 31 december en Kevin Smeets per 31 januari.",
  L("Lisa Mertens", md(12, 31), "account-manager"), L("Kevin Smeets", md(1, 31), "account-manager"))
M("nl", "Mevrouw A. Koç begint op 1 maart als zorgmedewerker.",
  J("A. Koç", md(3, 1), "care-worker"))
M("nl", "Dhr. R. van der Meer (facilitair medewerker) heeft ontslag genomen, laatste dag 15-1.",
  L("R. van der Meer", md(1, 15), "facility-coordinator"))
M("nl", "Hoi, Iris gaat per 1 februari van accountmanager naar de facilitaire dienst. Iris Wolters dus, niet Iris de Boer 😉",
  MV("Iris Wolters", md(2, 1), "facility-coordinator", "account-manager"))
M("nl", "Zouden jullie alvast een account kunnen aanmaken voor Lars van Dijk? Hij begint over een week als verzorger.",
  J("Lars van Dijk", plus(7), "care-worker"))
M("nl", "Björn Andersson komt morgen even kennismaken en begint officieel op 4 januari als programmeur.",
  J("Björn Andersson", md(1, 4), "software-engineer"))
M("nl", "Astrid Claes neemt na 25 jaar afscheid als verzorgende. Ze gaat met pensioen; haar laatste werkdag is vrijdag 29 januari.",
  L("Astrid Claes", on("fri", md(1, 29)), "care-worker"))
M("nl", "Goedemorgen! Vanaf volgende week maandag hebben we een nieuwe collega in het salesteam: Jelle Dekkers.",
  J("Jelle Dekkers", nw("mon"), "account-manager"))
M("nl", "Ik heb Moniek Verhagen en Stijn Bouwman aangenomen voor de facilitaire dienst. Moniek start 4-1, Stijn 1-2.",
  J("Moniek Verhagen", md(1, 4), "facility-coordinator"), J("Stijn Bouwman", md(2, 1), "facility-coordinator"))
M("nl", "Hoi, het contract van Gülsen Arslan loopt eind januari af, laatste werkdag 29 januari. Ze werkt als zorgmedewerker.",
  L("Gülsen Arslan", md(1, 29), "care-worker"))
M("nl", "Arie van 't Zand (programmeur) gaat per 1 maart over naar de verkoop.",
  MV("Arie van 't Zand", md(3, 1), "account-manager", "software-engineer"))
M("nl", "Er begint woensdag een nieuwe verzorgende: Manon Lambert.",
  J("Manon Lambert", wd("wed"), "care-worker"))
M("nl", "Let op: de startdatum van Quinten Hoogland is verschoven van 4 januari naar 11 januari. Hij wordt ontwikkelaar.",
  J("Quinten Hoogland", md(1, 11), "software-engineer"))
M("nl", "Onze vertegenwoordiger Frits Baas heeft zijn ontslag ingediend, hij is er nog tot en met 19 februari.",
  L("Frits Baas", md(2, 19), "account-manager"))
M("nl", "Goedemiddag,\n\nHierbij meld ik de indiensttreding van mevrouw Fatma Yıldız per 1 maart 2027 als verzorgende (32 uur).\n\nMet vriendelijke groet,\n\nJ. de Graaf\nLocatiemanager De Eikenhof\nTel. 06-12345678",
  J("Fatma Yıldız", ymd(2027, 3, 1), "care-worker"))
M("nl", "Robin Scholten wordt per 1 januari facilitair coördinator. Robin doet nu nog de receptie.",
  MV("Robin Scholten", md(1, 1), "facility-coordinator", None))
M("nl", "Hé, kan er voor dinsdag 8 december nog een laptop klaarliggen voor Ewout Pauwels? Nieuwe programmeur 👨‍💻",
  J("Ewout Pauwels", on("tue", md(12, 8)), "software-engineer"))
M("nl", "Ik moet helaas melden dat Hugo Claessens ons per direct verlaat. Hij was accountmanager.",
  L("Hugo Claessens", NOW, "account-manager"))
M("nl", "Laatste werkdag van Saskia Mol: 31-01-2027 (contract niet verlengd)",
  L("Saskia Mol", ymd(2027, 1, 31), None))
M("nl", "Hallo! Mijn team krijgt versterking: Tamara Ramdin begint 15 februari als softwareontwikkelaar en Dewi Sastro op dezelfde dag als accountmanager.",
  J("Tamara Ramdin", md(2, 15), "software-engineer"), J("Dewi Sastro", md(2, 15), "account-manager"))
M("nl", "Koen van der Velde-Brinkman start over drie weken als verzorgende",
  J("Koen van der Velde-Brinkman", plus(21), "care-worker"))
M("nl", "Graag offboarding starten voor Hidde Kuijpers. Hij heeft zijn contract opgezegd en werkt door tot en met vrijdag 15 januari. Hij is developer.",
  L("Hidde Kuijpers", on("fri", md(1, 15)), "software-engineer"))
M("nl", "Willemijn de Ridder wisselt op 1 februari van functie, van zorgmedewerker naar accountmanager.",
  MV("Willemijn de Ridder", md(2, 1), "account-manager", "care-worker"))
M("nl", "Maandag 7 december begint Jayden Sno bij de verkoop!",
  J("Jayden Sno", on("mon", md(12, 7)), "account-manager"))
M("nl", "Kunnen we Yara Haddad per 1 januari inschrijven als nieuwe medewerker? Functie: facilitair medewerker.",
  J("Yara Haddad", md(1, 1), "facility-coordinator"))
M("nl", "Wim Groenewegen heeft laten weten dat hij met pensioen gaat. Datum volgt nog.",
  L("Wim Groenewegen", None, None))
M("nl", "Oh en ik vergat nog: Fenna Bosch begint ook op 4 januari, als zorgmedewerker.",
  J("Fenna Bosch", md(1, 4), "care-worker"))
M("nl", "Tijn Aarts en Loes Aarts (geen familie 😄) beginnen allebei op 1 februari, Tijn als ontwikkelaar en Loes als verzorgende.",
  J("Tijn Aarts", md(2, 1), "software-engineer"), J("Loes Aarts", md(2, 1), "care-worker"))
M("nl", "Zijn laatste dag is 22 januari: Ronald Hofstede, accountmanager. Graag zijn leaseauto laten ophalen.",
  L("Ronald Hofstede", md(1, 22), "account-manager"))
M("nl", "Nieuwe medewerker voor de facilitaire dienst.\nNaam: Erwin Sluiter\nStartdatum: maandag 1 februari 2027",
  J("Erwin Sluiter", on("mon", ymd(2027, 2, 1)), "facility-coordinator"))
M("nl", "Dag, Carlijn Boer gaat volgende week vrijdag weg. Ze was verzorgende.",
  L("Carlijn Boer", nw("fri"), "care-worker"))
M("nl", "Marjolein Kok-Vermeer stapt over van de facilitaire dienst naar de zorg als verzorgende, per 15 maart.",
  MV("Marjolein Kok-Vermeer", md(3, 15), "care-worker", "facility-coordinator"))
M("nl", "Nieuwe collega in de nachtdienst vanaf zondag 10 januari: Ayoub Ziani, verzorgende.",
  J("Ayoub Ziani", on("sun", md(1, 10)), "care-worker"))
M("nl", "Goedemorgen, vanaf 1 januari is Dirk Verweij geen accountmanager meer maar werkt hij als developer.",
  MV("Dirk Verweij", md(1, 1), "software-engineer", "account-manager"))
M("nl", "Geachte heer/mevrouw,\n\nHierbij bevestig ik dat Paulien Snoek op 31 maart 2027 uit dienst treedt. Zij is werkzaam als facilitair coördinator.\n\nHoogachtend,\nR. Veenstra",
  L("Paulien Snoek", ymd(2027, 3, 31), "facility-coordinator"))
M("nl", "Kun je checken of Silvia Ramos Pereira morgen kan inloggen? Ze begint als zorgmedewerker.",
  J("Silvia Ramos Pereira", plus(1), "care-worker"))
M("nl", "Merel van Zanten is ontslagen, laatste werkdag vandaag.",
  L("Merel van Zanten", NOW, None))
M("nl", "Goedemiddag, Lucas van der Pol en Sem de Lange gaan beiden uit dienst per 31-12-2026. Lucas is programmeur, Sem accountmanager.",
  L("Lucas van der Pol", ymd(2026, 12, 31), "software-engineer"), L("Sem de Lange", ymd(2026, 12, 31), "account-manager"))
M("nl", "Matthijs Brouwer begint 15 januari. Hij komt als teamleider zorg.",
  J("Matthijs Brouwer", md(1, 15), None))
M("nl", "Vanaf woensdag 3 februari is Rianne Koopman onze nieuwe verkoopster.",
  J("Rianne Koopman", on("wed", md(2, 3)), "account-manager"))
M("nl", "Hoi, ik wil een uitdienstmelding doen voor Bayu Wibowo. Hij gaat terug naar Indonesië, laatste werkdag 26-2-2027. Functie: ontwikkelaar",
  L("Bayu Wibowo", ymd(2027, 2, 26), "software-engineer"))
M("nl", "Goed nieuws, Amber van Kessel begint maandag al, een week eerder dan gepland! Ze is onze nieuwe accountmanager.",
  J("Amber van Kessel", wd("mon"), "account-manager"))
M("nl", "Over twee weken is de laatste werkdag van Gerard Postma, hij gaat met pensioen na 40 jaar bij de facilitaire dienst.",
  L("Gerard Postma", plus(14), "facility-coordinator"))
M("nl", "Svetlana Petrova begint op de eerste maandag van januari als verzorgende.",
  J("Svetlana Petrova", on("mon", md(1, 4)), "care-worker"))
M("nl", "Vanaf 1 februari 2027 werkt Peter-Paul Hendrix niet meer als verkoper maar als facilitair medewerker.",
  MV("Peter-Paul Hendrix", ymd(2027, 2, 1), "facility-coordinator", "account-manager"))
M("nl", "Max Kuiper (ontwikkelaar) heeft zijn contract opgezegd en vertrekt 31 januari.",
  L("Max Kuiper", md(1, 31), "software-engineer"))
M("nl", "Sorry, correctie op mijn vorige bericht: Nathalie Vos begint niet op 11 januari maar op 18 januari.",
  J("Nathalie Vos", md(1, 18), None))
M("nl", "Jullie nieuwe collega Daan Kaya start op 1 februari bij sales. Zijn eerste week loopt hij mee met Marco.",
  J("Daan Kaya", md(2, 1), "account-manager"))
M("nl", "Elif Kara, zorgmedewerker, stopt per 28 februari 2027.",
  L("Elif Kara", ymd(2027, 2, 28), "care-worker"))
M("nl", "Graag een werkplek voor Mees Brink, die over 3 weken begint als facilitair medewerker.",
  J("Mees Brink", plus(21), "facility-coordinator"))
M("nl", "Goedemorgen, ik wilde even laten weten dat Ilona Bakker-de Graaf haar functie als accountmanager neerlegt en vertrekt. Haar laatste werkdag is 26 februari.",
  L("Ilona Bakker-de Graaf", md(2, 26), "account-manager"))
M("nl", "Wij verwelkomen op 4 januari twee nieuwe verzorgenden: Nienke Hoekstra en Samantha Pinas.",
  J("Nienke Hoekstra", md(1, 4), "care-worker"), J("Samantha Pinas", md(1, 4), "care-worker"))
M("nl", "Ik heb net het getekende contract binnen van Jop Vermeulen. Hij begint dinsdag 2 februari als developer.",
  J("Jop Vermeulen", on("tue", md(2, 2)), "software-engineer"))
M("nl", "Vanaf maandag 11 januari is Ingrid Wouters facilitair medewerker, ze stopt dan als verzorgende.",
  MV("Ingrid Wouters", on("mon", md(1, 11)), "facility-coordinator", "care-worker"))
M("nl", "Kan de toegang van Sjoerd Tromp per 18 december worden ingetrokken? Hij verlaat het bedrijf; 18 december is zijn laatste dag. Hij was ontwikkelaar.",
  L("Sjoerd Tromp", md(12, 18), "software-engineer"))
M("nl", "Hoi! Ik meld twee vertrekkers: Ton van Wijk gaat op 31 december met pensioen en Ellen Jaspers stopt op 15 januari.",
  L("Ton van Wijk", md(12, 31), None), L("Ellen Jaspers", md(1, 15), None))
M("nl", "Vandaag heeft Jurre Maas zijn contract getekend, hij start maandag 1 maart als accountmanager.",
  J("Jurre Maas", on("mon", md(3, 1)), "account-manager"))
M("nl", "Ricardo Mendes Silva komt in januari bij ons als programmeur, precieze datum volgt.",
  J("Ricardo Mendes Silva", None, "software-engineer"))
M("nl", "Goedemorgen, Lieke van Houten (facilitair medewerker) gaat per 1 maart naar de afdeling verkoop als accountmanager. Wil je haar sleutels dan innemen?",
  MV("Lieke van Houten", md(3, 1), "account-manager", "facility-coordinator"))
M("nl", "Jan Pieter Bos start vandaag! Kan iemand hem snel inloggen?",
  J("Jan Pieter Bos", NOW, None))
M("nl", "Rosa Brandsma werkt 15 januari voor het laatst. Ze is verzorgende.",
  L("Rosa Brandsma", md(1, 15), "care-worker"))
M("nl", "Goedemiddag, per volgende week maandag begint Mehmet Öztürk als zorgmedewerker.",
  J("Mehmet Öztürk", nw("mon"), "care-worker"))
M("nl", "Yasmina Tahiri gaat over vier weken weg, ze heeft een baan bij de gemeente. Ze is nu facilitair coördinator.",
  L("Yasmina Tahiri", plus(28), "facility-coordinator"))

# --- English, part 2
M("en", "Hi both, Charlotte Evans and Henry Baker start on Monday 11 January — Charlotte in sales, Henry as a developer.",
  J("Charlotte Evans", on("mon", md(1, 11)), "account-manager"), J("Henry Baker", md(1, 11), "software-engineer"))
M("en", "Just had the call: Olumide Adebayo accepted! Starting 1 March as a software engineer. Can IT order his laptop?",
  J("Olumide Adebayo", md(3, 1), "software-engineer"))
M("en", "Please offboard both Karen White and Steve Young on 31 December; their contracts are not being renewed. They are both caregivers.",
  L("Karen White", md(12, 31), "care-worker"), L("Steve Young", md(12, 31), "care-worker"))
M("en", "Patrick O'Neill will retire on Friday 26 February 2027, after 30 years as our facility coordinator.",
  L("Patrick O'Neill", on("fri", ymd(2027, 2, 26)), "facility-coordinator"))
M("en", "Hi! Could you set up Salesforce for Giulia Bianchi? She joins the sales team next week Thursday.",
  J("Giulia Bianchi", nw("thu"), "account-manager"))
M("en", "Starting date for Fatou Diallo has moved from 4 January to 18 January. She'll be a care worker.",
  J("Fatou Diallo", md(1, 18), "care-worker"))
M("en", "Our acount manager Tim de Graaf is leaving — last day 12 Feb.",
  L("Tim de Graaf", md(2, 12), "account-manager"))
M("en", "Sam Wilson (sales) becomes a facilities coordinator from 1 January.",
  MV("Sam Wilson", md(1, 1), "facility-coordinator", "account-manager"))
M("en", "Lily Chen joined the dev team last Monday and I forgot to tell you, sorry! Can you still set up her accounts?",
  J("Lily Chen", on("mon", ymd(2026, 11, 30)), "software-engineer"), past=True)
M("en", "Two new facilities coordinators start next Monday: Aaron Fox and Bilal Qureshi.",
  J("Aaron Fox", wd("mon"), "facility-coordinator"), J("Bilal Qureshi", wd("mon"), "facility-coordinator"))
M("en", "James McAllister's last day is 15/1/2027. He is retiring.",
  L("James McAllister", ymd(2027, 1, 15), None))
M("en", "Hi, from 4 Jan, Tanya Ivanova moves from the sales team to facilities.",
  MV("Tanya Ivanova", md(1, 4), "facility-coordinator", "account-manager"))
M("en", "Ewa Zielińska has resigned. Her notice period ends on 31 January, which will be her last day. Role: care worker.",
  L("Ewa Zielińska", md(1, 31), "care-worker"))
M("en", "We've offered the developer position to Kenji Watanabe and he starts on the 1st of March.",
  J("Kenji Watanabe", md(3, 1), "software-engineer"))
M("en", "Can you deactivate Robert Gray's accounts end of day tomorrow? Tomorrow is his last day.",
  L("Robert Gray", plus(1), None))
M("en", "Please add two starters for 1 February: Ruth Campbell (account manager) and Nikhil Rao (developer).",
  J("Ruth Campbell", md(2, 1), "account-manager"), J("Nikhil Rao", md(2, 1), "software-engineer"))
M("en", "Eleanor Wright, a caregiver in our Leiden home, will be moving into a facilities coordinator role from Monday 15 February.",
  MV("Eleanor Wright", on("mon", md(2, 15)), "facility-coordinator", "care-worker"))
M("en", "Good afternoon,\nPlease be advised that Marek Novák will start as a software developer on 25 January 2027.\nRegards,\nKatie Brooks\nHR Business Partner",
  J("Marek Novák", ymd(2027, 1, 25), "software-engineer"))
M("en", "FYI – Daniela Costa handed in her resignation; her last day is 31 December. She's in the care team.",
  L("Daniela Costa", md(12, 31), "care-worker"))
M("en", "Change of plan: Jordan Blake starts tomorrow instead of Monday. He's our new sales representative.",
  J("Jordan Blake", plus(1), "account-manager"))
M("en", "Hi, Fiona MacLeod retires in three weeks, her last day is 24 December.",
  L("Fiona MacLeod", plus(21), None))
M("en", "Andrew Kim-Park is joining as a carer on January 11.",
  J("Andrew Kim-Park", md(1, 11), "care-worker"))
M("en", "Omar Farouk moves from programmer to account manager, effective 15/02/2027.",
  MV("Omar Farouk", ymd(2027, 2, 15), "account-manager", "software-engineer"))
M("en", "New hires for January: Alice Morgan (developer) starts on the 4th, and Jacob Hughes (carer) on the 11th.",
  J("Alice Morgan", md(1, 4), "software-engineer"), J("Jacob Hughes", md(1, 11), "care-worker"))
M("en", "Matteo Ricci is leaving the company. Last working day: Wednesday, 20 January 2027. He is an engineer in the platform team.",
  L("Matteo Ricci", on("wed", ymd(2027, 1, 20)), "software-engineer"))
M("en", "Hello! Just wanted to let you know Hamza Malik joined us today as a facilities coordinator, can you set up his access today?",
  J("Hamza Malik", NOW, "facility-coordinator"))
M("en", "Bethany Cole has been with us for 3 years as an account manager and is leaving on 29 January to start her own business.",
  L("Bethany Cole", md(1, 29), "account-manager"))
M("en", "The contract of Ivan Petrov (developer) ends on the last day of this month.",
  L("Ivan Petrov", eom(), "software-engineer"))
M("en", "We're promoting Claire Dubois from caregiver to facility coordinator on 1st February.",
  MV("Claire Dubois", md(2, 1), "facility-coordinator", "care-worker"))
M("en", "Please prepare everything for Ravi Shankar, starting in 2 weeks as an account manger.",
  J("Ravi Shankar", plus(14), "account-manager"))
M("en", "Hey, quick update — Mia Thompson starts Monday, and Lucy Hall starts Tuesday. Both are care workers.",
  J("Mia Thompson", wd("mon"), "care-worker"), J("Lucy Hall", wd("tue"), "care-worker"))
M("en", "Dr. Helen Carter joins us on 1 March 2027 as a care worker on the geriatric ward.",
  J("Helen Carter", ymd(2027, 3, 1), "care-worker"))
M("en", "Joe Murphy is leaving us. He's a developer. Not sure about the date yet, I'll let you know.",
  L("Joe Murphy", None, "software-engineer"))
M("en", "Kwabena Owusu starts as sales rep on Tuesday 2 February.",
  J("Kwabena Owusu", on("tue", md(2, 2)), "account-manager"))
M("en", "Sorry for the late notice: Nathan Price resigned and today is his last day.",
  L("Nathan Price", NOW, None))
M("en", "We are pleased to announce that Anika Bose will join us as facilty coordinator on 18 January.",
  J("Anika Bose", md(1, 18), "facility-coordinator"))
M("en", "Jasmine Li and Kevin Brooks are both leaving the dev team at the end of the month.",
  L("Jasmine Li", eom(), "software-engineer"), L("Kevin Brooks", eom(), "software-engineer"))
M("en", "Bruno Oliveira Santos starts on 8/2 as a care worker.",
  J("Bruno Oliveira Santos", md(2, 8), "care-worker"))
M("en", "Sara Lindholm is changing jobs internally: she leaves the care team and becomes a developer on 1 March.",
  MV("Sara Lindholm", md(3, 1), "software-engineer", "care-worker"))
M("en", "Tyler Reed has been fired, please revoke everything now.",
  L("Tyler Reed", NOW, None))
M("en", "Hi all, happy to announce Ngozi Eze will be our new account manager from the 15th of March.",
  J("Ngozi Eze", md(3, 15), "account-manager"))
M("en", "Could you help me with the leaver process for Graham Ellis? He's a caregiver and his last day is the 22nd of January.",
  L("Graham Ellis", md(1, 22), "care-worker"))
M("en", "Rachel Greenwood starts next Tuesday as a software engineer, and her buddy will be Monica Hale.",
  J("Rachel Greenwood", wd("tue"), "software-engineer"))
M("en", "Alex Turner, who used to be a developer at his previous job, starts with us as an account manager on 4 January.",
  J("Alex Turner", md(1, 4), "account-manager"))
M("en", "Henrik Nielsen will stop working here on Friday 8 January. He is our facilities coordinator.",
  L("Henrik Nielsen", on("fri", md(1, 8)), "facility-coordinator"))
M("en", "Please onboard Yasmin Abdi, start date 01/03/2027, role: carer.",
  J("Yasmin Abdi", ymd(2027, 3, 1), "care-worker"))
M("en", "Jake and Amy from sales are switching teams on 1 February: Jake Morris goes to facilities and Amy Chen goes to the dev team.",
  MV("Jake Morris", md(2, 1), "facility-coordinator", "account-manager"), MV("Amy Chen", md(2, 1), "software-engineer", "account-manager"))
M("en", "Starting tomorrow: Diego Herrera, SWE.",
  J("Diego Herrera", plus(1), "software-engineer"))
M("en", "Charlotte Lefèvre retires at the end of this month. She has been a caregiver for 35 years.",
  L("Charlotte Lefèvre", eom(), "care-worker"))
M("en", "We hired Kateryna Shevchenko as a developer! First day is Monday the 18th of January.",
  J("Kateryna Shevchenko", on("mon", md(1, 18)), "software-engineer"))
M("en", "Please disable the accounts of Owen Price on 31/12/2026, he's leaving the company.",
  L("Owen Price", ymd(2026, 12, 31), None))
M("en", "Julia Novak will work as an account manager instead of a facility coordinator from next Monday.",
  MV("Julia Novak", wd("mon"), "account-manager", "facility-coordinator"))
M("en", "Hi, new carer starting on Wednesday: Blessing Mwangi.",
  J("Blessing Mwangi", wd("wed"), "care-worker"))
M("en", "Leaving: Colin Fraser, facilities coordinator, last day 5 March 2027.",
  L("Colin Fraser", on("fri", ymd(2027, 3, 5)), "facility-coordinator"))
M("en", "Good news! Aditi Kulkarni starts on 4 January as a developer, and Vikram Singh a week later as an account manager.",
  J("Aditi Kulkarni", md(1, 4), "software-engineer"), J("Vikram Singh", md(1, 11), "account-manager"))
M("en", "Please note that Isaac Newman will be leaving on 19 February. He currently works as a sofware developer.",
  L("Isaac Newman", md(2, 19), "software-engineer"))
M("en", "Effie Papadopoulos joins the care team on 1/2.",
  J("Effie Papadopoulos", md(2, 1), "care-worker"))
M("en", "Beatriz Souza, our receptionist, will become an account manager on 1 April.",
  MV("Beatriz Souza", md(4, 1), "account-manager", None))
M("en", "Hey, can you start the offboarding for Mike Ross? He's not coming back after his notice period, last day 15 January.",
  L("Mike Ross", md(1, 15), None))
M("en", "Hi team! From 1 March, Hugo Lambert will work in sales instead of facilities.",
  MV("Hugo Lambert", md(3, 1), "account-manager", "facility-coordinator"))
M("en", "Hi, Ellie Parker starts next week Monday in the care team.",
  J("Ellie Parker", nw("mon"), "care-worker"))
M("en", "Nadia Rahman's contract as a developer ends on 28/02/2027.",
  L("Nadia Rahman", ymd(2027, 2, 28), "software-engineer"))
M("en", "Leon Weber (carer) and Ines Castro (account manager) start on 1 March.",
  J("Leon Weber", md(3, 1), "care-worker"), J("Ines Castro", md(3, 1), "account-manager"))
M("en", "Reminder: Ursula Meyer retires soon; her last working day is Friday 29 January. She's a care worker, so please collect her phone.",
  L("Ursula Meyer", on("fri", md(1, 29)), "care-worker"))
M("en", "Omar and Layla start tomorrow — Omar Haddad as an account manager, Layla Nasser as a software engineer.",
  J("Omar Haddad", plus(1), "account-manager"), J("Layla Nasser", plus(1), "software-engineer"))

# --- Dutch, part 3 (typos, abbreviations, short forms)
M("nl", "Nieuwe acountmanager per 1 feb: Koen Hartman",
  J("Koen Hartman", md(2, 1), "account-manager"))
M("nl", "Femke de Wolf stopt als zorgmedewerkr, laatste dag 29 jan.",
  L("Femke de Wolf", md(1, 29), "care-worker"))
M("nl", "Thomas Jansen, ontwikelaar, begint ma 4 jan",
  J("Thomas Jansen", on("mon", md(1, 4)), "software-engineer"))
M("nl", "Hoi, Gerda Mulder gaat met pensioen, laatste werkdag 31-3. Ze is facilitair coordinater.",
  L("Gerda Mulder", md(3, 31), "facility-coordinator"))
M("nl", "Kan iemand Bas Willemsen (AM) per vrijdag 18 december offboarden? Hij vertrekt, dat is zijn laatste dag.",
  L("Bas Willemsen", on("fri", md(12, 18)), "account-manager"))
M("nl", "Nieuwe verzorgende per 15/3: Lotte Verbeek-Koster.",
  J("Lotte Verbeek-Koster", md(3, 15), "care-worker"))
M("nl", "Joep van Oosten gaat over naar de developers, per 1 april, nu nog verkoper.",
  MV("Joep van Oosten", md(4, 1), "software-engineer", "account-manager"))
M("nl", "Laatste werkdag Amira Saleh: vr 22 jan. Ze was zorgmedewerkster.",
  L("Amira Saleh", on("fri", md(1, 22)), "care-worker"))
M("nl", "Vanaf di 5 januari werkt Patrick Smeets als softwareontwikkelaar bij ons.",
  J("Patrick Smeets", on("tue", md(1, 5)), "software-engineer"))
M("nl", "Stefanie Hoekstra en haar collega Rob Mulders (beiden vertegenwoordiger) nemen op 26 februari afscheid, het is hun laatste werkdag.",
  L("Stefanie Hoekstra", md(2, 26), "account-manager"), L("Rob Mulders", md(2, 26), "account-manager"))
M("nl", "Annemiek de Koning-Vos wordt per 1 maart verzorgende, ze komt van de receptie.",
  MV("Annemiek de Koning-Vos", md(3, 1), "care-worker", None))
M("nl", "Morgen start Tom Hendriksen als facilitaire medewerker.",
  J("Tom Hendriksen", plus(1), "facility-coordinator"))
M("nl", "Ik wil Kevin Bakker afmelden: hij vertrekt na de kerst, laatste werkdag woensdag 30 december.",
  L("Kevin Bakker", on("wed", md(12, 30)), None))
M("nl", "Dinsdag 2 maart begint Laila Amrani als verzorgende",
  J("Laila Amrani", on("tue", md(3, 2)), "care-worker"))
M("nl", "Hallo IT, graag een laptop voor onze nieuwe dev Sven Bakker. Start over twee weken.",
  J("Sven Bakker", plus(14), "software-engineer"))


M("nl", "Hoi! Noortje Maas' laatste werkdag is vrijdag 8 januari, ze gaat studeren. Ze werkt nu als verzorgende.",
  L("Noortje Maas", on("fri", md(1, 8)), "care-worker"))
M("nl", "Levi Tuinstra komt ergens in het voorjaar bij ons als accountmanager, de datum moet nog worden afgesproken.",
  J("Levi Tuinstra", None, "account-manager"))
M("nl", "Het contract van Bo Verstappen (ontwikkelaar) loopt einde van deze maand af.",
  L("Bo Verstappen", eom(), "software-engineer"))
M("nl", "Hoi, Wessel de Jager begint 1 februari bij ons. Hij heeft 10 jaar als programmeur gewerkt maar komt hier als accountmanager.",
  J("Wessel de Jager", md(2, 1), "account-manager"))
M("en", "Grace Nolan-Kelly will join the care team once her background check clears, probably in the new year.",
  J("Grace Nolan-Kelly", None, "care-worker"))
M("en", "We're saying goodbye to Peter van den Berg on 11 December; he's been our facilities coordinator since 2015.",
  L("Peter van den Berg", on("fri", md(12, 11)), "facility-coordinator"))
M("en", "Chidi Okeke's start date: Monday 25/01/2027. Role: care worker. Manager: Jenny Lowe.",
  J("Chidi Okeke", on("mon", ymd(2027, 1, 25)), "care-worker"))


# ---------------------------------------------------------------- checks and writer


def check():
    seen = set()
    limit = date(TODAY.year + 1, TODAY.month + 6, TODAY.day) if TODAY.month <= 6 else date(TODAY.year + 2, TODAY.month - 6, TODAY.day)
    for lang, text, people, is_past in MESSAGES:
        assert text not in seen, text
        seen.add(text)
        any_past = False
        for p in people:
            if p["name"] not in text:
                assert p["name"].lower() in text.lower(), (p["name"], text)
                assert text == text.lower() or text.startswith("hoi kun je"), text
            if p["date"]:
                d = date.fromisoformat(p["date"])
                assert d <= limit, (p, text)
                if d < TODAY:
                    any_past = True
        assert any_past == is_past, (is_past, text)
    names = [p["name"] for _, _, people, _ in MESSAGES for p in people]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)


def main():
    check()
    rows = list(MESSAGES)
    random.Random(20261204).shuffle(rows)
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind-5.jsonl"), "w", encoding="utf-8") as out:
        for i, (lang, text, people, _) in enumerate(rows, 1):
            out.write(json.dumps({"id": "e%03d" % i, "lang": lang, "text": text, "expect": people}, ensure_ascii=False) + "\n")
    for lang in ("nl", "en", None):
        sel = [m for m in rows if lang is None or m[0] == lang]
        ps = [p for m in sel for p in m[2]]
        print(lang or "total", "messages", len(sel), "persons", len(ps),
              {k: sum(1 for p in ps if p["kind"] == k) for k in ("JOINER", "LEAVER", "MOVER")},
              "two people", sum(1 for m in sel if len(m[2]) > 1),
              "e-mail", sum(1 for m in sel if "\n" in m[1]),
              "null date msgs", sum(1 for m in sel if any(p["date"] is None for p in m[2])),
              "null role msgs", sum(1 for m in sel if any(p["role"] is None for p in m[2])),
              "past", sum(1 for m in sel if m[3]))


if __name__ == "__main__":
    main()
