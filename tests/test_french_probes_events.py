"""French event probes: event and sub-event types and fatalities of short reports written for these tests in the
style of Sahel French-language media (dépêches, army and mission communiqués, local radio, UN flash updates).

Each probe names the ACLED sub-event type of the report's lead event and its fatalities as an ACLED coder
would code them: wounded, missing and abducted people are no fatalities, both sides' dead count in a battle,
a reported death told in the conditional (« aurait été tué ») is a reported death, a later, definitive toll
replaces a provisional one, « sans faire de victimes » is zero."""

from __future__ import annotations

from datetime import date

import pytest

from sahelwatch.extract.events import extract_mentions
from sahelwatch.model import SUB_EVENT_TYPES

PUB = date(2024, 5, 6)

CLASH, GOV, NSA, NVT = ("Armed clash", "Government regains territory", "Non-state actor overtakes territory",
                        "Non-violent transfer of territory")
AIR, SHELL, IED, SUICIDE, GRENADE = ("Air/drone strike", "Shelling/artillery/missile attack",
                                     "Remote explosive/landmine/IED", "Suicide bomb", "Grenade")
ATTACK, ABDUCT, SEXUAL = "Attack", "Abduction/forced disappearance", "Sexual violence"
PEACEFUL, INTERVENTION, FORCE = "Peaceful protest", "Protest with intervention", "Excessive force against protesters"
RIOT, MOB = "Violent demonstration", "Mob violence"
LOOT, ARRESTS, AGREEMENT, CHANGE, HQ, DISRUPTED = ("Looting/property destruction", "Arrests", "Agreement",
                                                  "Change to group/activity", "Headquarters or base established",
                                                  "Disrupted weapons use")

PROBES = [
    # ---- battles: ambushes, clashes, sweeps, attacks on posts
    ("Djibo, 12 mars 2024 (AIB) – Une unité de l'armée est tombée dans une embuscade tendue par des terroristes "
     "près de Djibo. Huit soldats ont été tués.", CLASH, 8),
    ("Une patrouille des FAMa est tombée dans une embuscade entre Boni et Hombori, mardi. Le bilan provisoire fait "
     "état de cinq militaires tués et de sept blessés.", CLASH, 5),
    ("Des hommes armés ont tendu une embuscade à un convoi de ravitaillement escorté par l'armée sur l'axe "
     "Dori-Gorom-Gorom ; une dizaine de soldats ont perdu la vie.", CLASH, 10),
    ("Un accrochage a opposé jeudi les FAMa à des groupes armés terroristes dans la zone de Nampala. Selon un "
     "bilan officiel, trois soldats ont été tués et quinze terroristes neutralisés.", CLASH, 18),
    ("De violents accrochages ont eu lieu entre les combattants du JNIM et ceux de l'EIGS près de Ménaka, "
     "faisant plusieurs dizaines de morts de part et d'autre.", CLASH, 12),
    ("Lors d'une opération de ratissage dans la forêt de Kompienga, les forces de défense et de sécurité ont "
     "neutralisé une vingtaine de terroristes.", CLASH, 20),
    ("Des échanges de tirs ont opposé des gendarmes à des individus armés non identifiés à l'entrée de Kaya, "
     "sans faire de victimes.", CLASH, 0),
    ("Le poste de gendarmerie de Tin-Akoff a été attaqué dans la nuit de dimanche par des hommes armés. Deux "
     "gendarmes ont été tués, selon un bilan provisoire.", CLASH, 2),
    ("Les FAMa ont repoussé une attaque terroriste contre leur camp de Léré. Le bilan définitif fait état de "
     "douze assaillants abattus et de deux militaires blessés.", CLASH, 12),
    ("Trente-deux soldats ont été tués lundi dans l'attaque du détachement militaire de Koutougou, a annoncé "
     "l'état-major général des armées.", CLASH, 32),
    ("L'attaque du camp militaire de Boulkessi a coûté la vie à vingt-cinq militaires, selon le gouvernement.",
     CLASH, 25),
    ("Les volontaires pour la défense de la patrie de Tanwalbougou ont repoussé une incursion de terroristes, "
     "abattant quatre d'entre eux.", CLASH, 4),
    ("Des combats ont opposé samedi les rebelles du CSP à l'armée malienne près d'Anéfis. Les deux camps "
     "revendiquent la victoire, sans donner de bilan.", CLASH, 0),
    ("Mercredi, une patrouille de la MINUSMA a essuyé des tirs près d'Aguelhok ; un casque bleu a été "
     "mortellement blessé.", CLASH, 1),
    ("Des dozos et des hommes armés présumés jihadistes se sont affrontés près de Djenné ; on dénombre quatorze "
     "morts.", CLASH, 14),
    ("Des éléments de la police ont été pris à partie par des bandits armés à Fada N'Gourma ; un policier a perdu "
     "la vie.", CLASH, 1),
    ("Dans la nuit du 4 au 5 mai, des terroristes lourdement armés ont attaqué le poste militaire d'Arbinda. La "
     "riposte vigoureuse des soldats a permis de neutraliser une trentaine d'assaillants.", CLASH, 30),
    ("Un soldat a été tué et deux autres blessés lors d'un accrochage avec des terroristes dans la région de la "
     "Boucle du Mouhoun.", CLASH, 1),
    ("Les militaires ont abattu trois terroristes présumés qui tentaient de forcer un point de contrôle à "
     "l'entrée de Sévaré.", CLASH, 3),
    ("Les terroristes ont subi de lourdes pertes : plus de quarante d'entre eux ont été neutralisés lors des "
     "combats près de Tessit.", CLASH, 40),
    ("Le bilan de l'attaque contre la base de Tessalit s'alourdit : quatre casques bleus tchadiens ont succombé "
     "à leurs blessures.", CLASH, 4),
    ("Au moins six miliciens de Dan Na Ambassagou ont été tués lors d'affrontements avec des jihadistes près de "
     "Bankass.", CLASH, 6),
    ("Les Koglweogo de Barsalogho ont affronté des hommes armés dimanche ; deux Koglweogo et trois assaillants "
     "ont trouvé la mort.", CLASH, 5),
    ("Sept soldats sont tombés sous les balles de terroristes près de Kaya.", CLASH, 7),
    ("Le bilan définitif de l'embuscade de Tin-Akoff est de onze soldats tués et huit blessés, selon "
     "l'état-major.", CLASH, 11),
    ("Quarante-sept soldats ont été tués dans l'attaque du camp d'Inata, a reconnu le gouvernement, qui fait "
     "aussi état de soixante terroristes neutralisés.", CLASH, 107),
    ("Le JNIM a revendiqué l'embuscade près de Boni, affirmant avoir tué une cinquantaine de soldats ; l'armée "
     "reconnaît la perte de quatorze hommes.", CLASH, 14),
    ("Les forces armées ont neutralisé deux terroristes et interpellé trois autres lors d'une patrouille près de "
     "Sollé.", CLASH, 2),
    ("Un gendarme aurait perdu la vie lors de l'attaque du poste de gendarmerie de Kolondiéba, selon des témoins.",
     CLASH, 1),
    ("On ignore pour l'instant le bilan de l'attaque contre le poste de police de Markoye.", CLASH, 0),
    ("Quinze militaires et trente-deux terroristes ont été tués lors de l'assaut contre le camp de Koutougou.",
     CLASH, 47),
    ("Aucun mort n'a été enregistré lors de l'attaque du poste de police de Sabcé, dont les assaillants ont été "
     "repoussés.", CLASH, 0),
    ("Le militaire aurait été tué par des jihadistes près de Sévaré, selon une source locale.", CLASH, 1),
    ("Le bilan fait état de six soldats blessés et de deux portés disparus après l'embuscade de Tin-Akoff.",
     CLASH, 0),
    ("Communiqué de l'état-major général des armées : le 12 février, une unité en mission de reconnaissance a été "
     "prise à partie par des groupes armés terroristes dans le secteur de Dioura. Le bilan provisoire est de dix "
     "militaires tués.", CLASH, 10),
    ("Attaque du poste de Bourzanga : les assaillants ont été repoussés, quinze terroristes neutralisés, aucune "
     "perte côté ami.", CLASH, 15),
    ("Burkina : sept VDP tués dans une embuscade près de Titao", CLASH, 7),
    ("Un soldat a été tué par un tireur isolé devant le camp militaire de Hombori.", CLASH, 1),
    ("Trois douaniers ont trouvé la mort lors de l'attaque du poste de douane de Heremakono.", CLASH, 3),
    ("Des hommes armés ont attaqué le dispositif de sécurité du site minier de Boungou ; trois vigiles et deux "
     "gendarmes ont été tués.", CLASH, 5),
    ("Deux enfants ont été tués par des balles perdues lors d'échanges de tirs entre les forces de défense et des "
     "bandits armés à Diapaga.", CLASH, 2),
    ("La garnison de Solenzo a été la cible d'une attaque d'envergure ; une vingtaine de soldats y ont laissé la "
     "vie.", CLASH, 20),
    ("Des individus armés ont ouvert le feu sur une patrouille de la police nationale près de Kantchari, tuant "
     "deux agents.", CLASH, 2),
    ("Les FDS ont mené une offensive contre les bases terroristes de la forêt de Koulbou ; plusieurs dizaines de "
     "terroristes ont été mis hors de combat.", CLASH, 12),
    ("Un affrontement entre chasseurs dozos et jihadistes du JNIM a fait neuf morts dans le cercle de Macina.",
     CLASH, 9),
    ("Dix-huit militaires ont péri dans l'attaque d'un convoi de ravitaillement entre Djibo et Bourzanga, selon "
     "un bilan officiel.", CLASH, 18),
    ("Les assaillants ont été mis en déroute par les soldats de Sollé, qui ont récupéré des armes ; onze "
     "terroristes ont été neutralisés.", CLASH, 11),
    # soldiers taken prisoner and executed by their enemies stay part of the battle
    ("Le gouvernement accuse les rebelles d'avoir exécuté sommairement cinq soldats faits prisonniers lors de la "
     "chute du camp de Tessalit. Les rebelles démentent et parlent de soldats morts au combat.", CLASH, 5),
    # ---- territory
    ("Après de violents combats, les FAMa ont repris le contrôle de la localité de Ber, occupée depuis des mois "
     "par les rebelles.", GOV, 0),
    ("Les forces armées burkinabè ont reconquis la ville de Djibo après plusieurs jours d'affrontements avec les "
     "terroristes.", GOV, 0),
    ("Les jihadistes du JNIM se sont emparés du camp militaire de Boulkessi après un assaut de plusieurs heures.",
     NSA, 0),
    ("Les rebelles ont pris le contrôle de la ville de Léré après avoir chassé les militaires.", NSA, 0),
    ("Les combattants de la CMA ont occupé sans combat la localité d'Anéfis, après le départ des FAMa.", NVT, 0),
    # ---- air and drone strikes
    ("Une frappe aérienne des FAMa a visé un rassemblement de terroristes près de Nampala, neutralisant une "
     "dizaine d'entre eux.", AIR, 10),
    ("Un drone de l'armée a frappé un véhicule transportant des combattants jihadistes au nord de Kidal ; trois "
     "occupants ont été tués.", AIR, 3),
    ("Des frappes de drone ont visé mercredi un mariage dans le village de Tiguila ; au moins trente civils y ont "
     "perdu la vie, selon des sources locales.", AIR, 30),
    ("Le vecteur aérien a détruit une base logistique terroriste dans la forêt de Serma, selon un communiqué de "
     "l'état-major.", AIR, 0),
    ("L'aviation militaire a mené des frappes aériennes dans la zone de Gorom-Gorom, neutralisant plusieurs "
     "dizaines de terroristes, selon l'armée.", AIR, 12),
    ("Un hélicoptère de l'armée a bombardé un campement d'éleveurs près de Douentza, faisant six morts parmi les "
     "civils.", AIR, 6),
    ("Des raids aériens menés par la force Barkhane ont permis de neutraliser une quinzaine de jihadistes dans le "
     "Gourma.", AIR, 15),
    ("L'armée a démenti les informations faisant état de la mort de civils lors de la frappe aérienne de mardi "
     "près de Tin-Zaouatène.", AIR, 0),
    ("Un chef terroriste a été neutralisé par une frappe de drone près de Ménaka, a annoncé l'armée.", AIR, 1),
    ("Des frappes aériennes ont visé des positions terroristes à Ouéléni, sans faire de victimes civiles, selon "
     "l'état-major.", AIR, 0),
    # ---- shelling
    ("Des obus sont tombés dans le camp de la MINUSMA à Kidal dans la nuit de samedi, sans faire de victimes.",
     SHELL, 0),
    ("Le camp militaire de Gao a essuyé des tirs d'obus tôt ce matin ; deux militaires ont été blessés.", SHELL, 0),
    ("Des tirs de roquettes ont visé l'aéroport de Tombouctou jeudi soir. Aucune victime n'est à déplorer.",
     SHELL, 0),
    ("Un obus de mortier est tombé sur un marché de Ménaka, tuant quatre personnes.", SHELL, 4),
    ("Les assaillants ont pilonné le camp de Tessit à l'arme lourde ; on ne déplore aucune perte en vie humaine.",
     SHELL, 0),
    # ---- explosive devices and mines
    ("Un véhicule de l'armée a sauté sur un engin explosif improvisé entre Boni et Douentza. Le bilan est de "
     "quatre soldats tués.", IED, 4),
    ("Un car de transport a heurté une mine sur l'axe Bandiagara-Bankass ; quatorze passagers ont perdu la vie.",
     IED, 14),
    ("Un EEI a explosé au passage d'un convoi de la MINUSMA près de Tessalit, blessant trois casques bleus.", IED, 0),
    ("Une charrette a roulé sur une mine artisanale près de Djibo, tuant trois enfants.", IED, 3),
    ("Trois gendarmes ont péri dans l'explosion d'un engin explosif improvisé au passage de leur véhicule près de "
     "Titao.", IED, 3),
    ("L'explosion d'une mine au passage d'un minibus a fait une dizaine de morts près de Gorom-Gorom.", IED, 10),
    ("Un engin explosif a explosé au passage d'une patrouille de la gendarmerie près de Kaya, sans faire de "
     "victimes.", IED, 0),
    ("L'explosion d'un engin explosif improvisé au passage d'un véhicule civil a fait cinq morts, tous membres "
     "d'une même famille, près de Bourem.", IED, 5),
    ("Deux casques bleus ont été tués et quatre autres grièvement blessés quand leur véhicule a heurté une mine "
     "près d'Aguelhok.", IED, 2),
    ("Le camion-citerne a sauté sur une mine près de Boni : le chauffeur et son apprenti sont morts sur le coup.",
     IED, 2),
    ("Un engin explosif improvisé a tué deux militaires et blessé trois autres au passage d'un convoi près de "
     "Tessit.", IED, 2),
    ("Une mine a explosé sous un tricycle transportant des vendeuses au marché de Diapaga : six femmes sont "
     "mortes.", IED, 6),
    # ---- suicide bombs and grenades
    ("Un kamikaze s'est fait exploser à l'entrée du camp de Gao, sans faire d'autres victimes.", SUICIDE, 1),
    ("Deux soldats et trois civils ont perdu la vie dans l'explosion d'un véhicule piégé conduit par un "
     "kamikaze à l'entrée de Gao.", SUICIDE, 5),
    ("Un individu a lancé une grenade dans un bar de Sévaré, blessant cinq clients.", GRENADE, 0),
    # ---- weapons found, defused or seized
    ("Les éléments du génie militaire ont désamorcé un engin explosif improvisé posé sur la route de Hombori.",
     DISRUPTED, 0),
    ("Une patrouille de la gendarmerie a découvert une cache d'armes et de munitions près de Koro.", DISRUPTED, 0),
    # ---- attacks on civilians
    ("Des hommes armés non identifiés ont fait irruption dans le village de Sobane-Da et ont tué une trentaine "
     "d'habitants.", ATTACK, 30),
    ("Dans la nuit de mardi à mercredi, des individus armés ont attaqué le village de Solhan, tuant au moins cent "
     "soixante personnes, selon un bilan définitif.", ATTACK, 160),
    ("Des terroristes ont froidement abattu un chef de village et son fils à Djibasso.", ATTACK, 2),
    ("Quatre orpailleurs ont été exécutés par des hommes armés sur un site d'orpaillage près de Sebba.", ATTACK, 4),
    ("Des assaillants à moto ont ouvert le feu sur des fidèles qui priaient dans la mosquée de Kodio, faisant "
     "douze morts.", ATTACK, 12),
    ("Un enseignant a été assassiné par des individus armés devant son domicile à Nouna.", ATTACK, 1),
    ("Des hommes armés ont intercepté un bus de transport en commun près de Bandiagara et ont tué vingt-quatre "
     "passagers.", ATTACK, 24),
    ("Deux cultivateurs ont été égorgés dans leur champ par des jihadistes présumés près de Tougan.", ATTACK, 2),
    ("Un imam a été froidement abattu à la sortie de la prière, à Dinangourou.", ATTACK, 1),
    ("Des individus armés ont mitraillé des civils au marché hebdomadaire d'Ogossagou, faisant au moins "
     "trente-sept morts.", ATTACK, 37),
    ("Un conseiller municipal aurait été tué par des hommes armés à Boni, selon des sources locales.", ATTACK, 1),
    ("Des hommes armés ont attaqué le village de Yirgou, tuant sept personnes dont le chef du village.", ATTACK, 7),
    ("Les assaillants ont incendié des greniers et tué deux bergers à Bourzanga.", ATTACK, 2),
    ("Des villageois ont été massacrés par des miliciens dans le hameau d'Ogossagou : le bilan provisoire est de "
     "cent soixante morts.", ATTACK, 160),
    ("Des éléments armés ont tiré sur un véhicule de transport de passagers à l'entrée de Dori, blessant six "
     "personnes.", ATTACK, 0),
    ("Un berger a été tué et son troupeau emporté par des bandits armés près d'Ansongo.", ATTACK, 1),
    ("Des soldats auraient exécuté sommairement une dizaine de civils peuls dans le village de Dioura.", ATTACK, 10),
    ("Un humanitaire a été tué par balle lors d'une attaque contre un convoi d'une ONG près de Ménaka.", ATTACK, 1),
    ("L'attaque du village de Seytenga par des hommes armés a fait une vingtaine de victimes parmi les civils.",
     ATTACK, 20),
    ("Des hommes armés ont attaqué le village de Dablo ; on déplore une quinzaine de morts.", ATTACK, 15),
    ("Une vingtaine de civils ont été tués et plusieurs autres portés disparus après l'attaque du village de "
     "Lamdamol.", ATTACK, 20),
    ("L'attaque a fait trois morts et une dizaine de blessés parmi les habitants de Gaskindé.", ATTACK, 3),
    ("Dix-sept personnes ont trouvé la mort dans l'attaque de leur village, Pobé-Mengao, par des hommes armés.",
     ATTACK, 17),
    ("Des hommes armés ont tué trois villageois à Sofara ; deux autres ont succombé à leurs blessures à "
     "l'hôpital de Mopti.", ATTACK, 5),
    ("Des hommes armés ont attaqué dimanche le village de Baraboulé, tuant onze habitants, dont deux femmes.",
     ATTACK, 11),
    ("Une vingtaine de personnes auraient été tuées par des hommes armés dans le village de Kiri, selon des "
     "sources locales.", ATTACK, 20),
    ("Plusieurs dizaines de personnes ont été tuées lors de l'attaque du village d'Ogossagou par des miliciens.",
     ATTACK, 12),
    ("Un chauffeur de camion a été abattu par des coupeurs de route sur l'axe Kayes-Diboli.", ATTACK, 1),
    ("Vingt et un villageois ont été tués par des hommes armés à Madjoari.", ATTACK, 21),
    ("Soixante-dix civils ont été tués dans l'attaque du village de Nodin par des terroristes, selon le "
     "gouverneur.", ATTACK, 70),
    ("Quatre-vingt-quinze personnes, dont des femmes et des enfants, ont été massacrées à Sobane par des hommes "
     "armés.", ATTACK, 95),
    ("Cent trente-huit personnes ont péri dans l'attaque du village de Solhan par des hommes armés.", ATTACK, 138),
    ("L'attaque terroriste de jeudi contre le village de Toéni a fait dix-neuf morts parmi les habitants.",
     ATTACK, 19),
    ("Cinq personnes ont été blessées par balle lors de l'attaque d'un car de transport près de Dori par des "
     "hommes armés.", ATTACK, 0),
    ("Mali : au moins 20 morts dans l'attaque d'un site d'orpaillage près de Gao par des hommes armés", ATTACK, 20),
    ("Ménaka : une quinzaine de civils exécutés par l'EIGS", ATTACK, 15),
    ("Le chef du village de Débéré a été exécuté par des terroristes devant sa famille.", ATTACK, 1),
    ("Des assaillants ont tué le gardien d'une école et incendié les salles de classe à Sanaba.", ATTACK, 1),
    ("Un élu local et son chauffeur ont été enlevés puis tués par des hommes armés près de Bandiagara.", ATTACK, 2),
    ("Des dozos ont tué une douzaine de bergers peuls dans le hameau de Koumaga.", ATTACK, 12),
    ("Le corps sans vie d'un commerçant enlevé la veille par des hommes armés a été retrouvé près de Koutiala.",
     ATTACK, 1),
    ("Le bilan provisoire de l'attaque du village de Barsalogho par des hommes armés faisait état de douze morts. "
     "Le bilan définitif, publié le lendemain, est de quinze morts.", ATTACK, 15),
    # ---- abductions
    ("Des hommes armés ont enlevé le maire de la commune de Ténenkou mardi soir.", ABDUCT, 0),
    ("Une religieuse colombienne a été kidnappée par des jihadistes près de Koutiala.", ABDUCT, 0),
    ("Le rapt de trois travailleurs humanitaires par des hommes armés a eu lieu sur l'axe Gao-Ansongo.", ABDUCT, 0),
    ("Une cinquantaine de femmes ont été enlevées par des terroristes alors qu'elles cueillaient des fruits "
     "sauvages près d'Arbinda.", ABDUCT, 0),
    ("Des individus armés ont emmené vers une destination inconnue deux commerçants à Djibo.", ABDUCT, 0),
    ("Des jihadistes ont pris en otage une vingtaine de passagers d'un car près de Dinangourou.", ABDUCT, 0),
    ("Un enseignant est porté disparu depuis son enlèvement par des inconnus armés à Diapaga.", ABDUCT, 0),
    # ---- sexual violence
    ("Plusieurs femmes ont été violées par des hommes armés dans le village de Tonou, selon une ONG.", SEXUAL, 0),
    ("Une jeune fille a été victime de violences sexuelles de la part d'individus armés près de Mopti.", SEXUAL, 0),
    # ---- protests
    ("Des centaines de jeunes ont marché à Gao pour dénoncer l'insécurité.", PEACEFUL, 0),
    ("Les travailleurs de la santé ont observé une grève de 72 heures à Bamako.", PEACEFUL, 0),
    ("Les commerçants ont organisé un sit-in devant le gouvernorat de Mopti pour réclamer la réouverture de la "
     "route.", PEACEFUL, 0),
    ("Une marche pacifique des femmes de Bourem a eu lieu vendredi pour exiger le retour des militaires.",
     PEACEFUL, 0),
    ("Des élèves sont descendus dans la rue à Koudougou pour protester contre le retard des bourses.", PEACEFUL, 0),
    ("Le syndicat des enseignants a entamé une grève illimitée à Ouagadougou.", PEACEFUL, 0),
    ("Des milliers de personnes ont manifesté place de l'Indépendance à Bamako en soutien à la transition.",
     PEACEFUL, 0),
    ("Les populations de Djibo ont battu le pavé pour réclamer le ravitaillement de la ville.", PEACEFUL, 0),
    ("Des femmes ont organisé une marche à Sévaré pour réclamer la libération de leurs maris enlevés.", PEACEFUL, 0),
    ("Les manifestants ont été dispersés à coups de gaz lacrymogène par la police devant l'Assemblée nationale à "
     "Bamako.", INTERVENTION, 0),
    ("Un sit-in des déplacés devant la mairie de Kaya a été dispersé par les forces de l'ordre.", INTERVENTION, 0),
    ("La police a tiré sur des manifestants à Kayes, tuant deux d'entre eux.", FORCE, 2),
    # ---- riots and mob violence
    ("Des jeunes en colère ont érigé des barricades et brûlé des pneus sur la route nationale à Kati.", RIOT, 0),
    ("Des manifestants ont saccagé le siège du gouvernorat de Tombouctou.", RIOT, 0),
    ("Des émeutes ont éclaté à Kayes après la mort d'un jeune en garde à vue ; le commissariat a été incendié.",
     RIOT, 0),
    ("Des élèves en colère ont caillassé des véhicules et saccagé la mairie de Bobo-Dioulasso.", RIOT, 0),
    ("Des jeunes qui manifestaient contre la vie chère ont affronté les forces de l'ordre à Ouahigouya ; plusieurs "
     "boutiques ont été saccagées.", RIOT, 0),
    ("Des usagers en colère ont bloqué la route avec des barricades pour protester contre les coupures "
     "d'électricité à Ségou.", RIOT, 0),
    ("Des jeunes ont incendié le commissariat de police de Kati pour protester contre l'arrestation d'un des "
     "leurs.", RIOT, 0),
    ("Un présumé voleur a été lynché à mort par une foule en colère au marché de Koutiala.", MOB, 1),
    ("Un homme soupçonné de sorcellerie a été battu à mort par des habitants à Banfora.", MOB, 1),
    ("Deux présumés voleurs de motos ont été brûlés vifs par la population à Sikasso.", MOB, 2),
    # ---- looting and property destruction
    ("Des terroristes ont incendié les greniers de plusieurs familles à Namsiguia.", LOOT, 0),
    ("Des hommes armés ont emporté plus de deux cents têtes de bétail à Diafarabé.", LOOT, 0),
    ("Un vol de bétail a été signalé à Sebba : des individus armés ont emporté une centaine de bœufs.", LOOT, 0),
    ("Des jihadistes ont pillé le centre de santé de Dinangourou et emporté des médicaments.", LOOT, 0),
    ("Des hommes armés ont saccagé et incendié l'école du village de Bouro.", LOOT, 0),
    ("Les assaillants ont incendié la mairie et le domicile du maire de Mondoro.", LOOT, 0),
    ("Le pillage de bétail par des bandits armés se poursuit dans le cercle de Niono : trois troupeaux ont été "
     "emportés hier.", LOOT, 0),
    ("Des terroristes ont saboté une antenne de téléphonie mobile à Titao.", LOOT, 0),
    ("Le véhicule d'une ONG a été braqué par des hommes armés sur l'axe Mopti-Sévaré ; les assaillants ont "
     "emporté l'argent et les téléphones.", LOOT, 0),
    ("Des hommes armés ont incendié une vingtaine de cases et emporté le bétail dans le village de Kassa, "
     "provoquant le déplacement de 3 000 personnes.", LOOT, 0),
    # ---- arrests, agreements, bases, changes
    ("La gendarmerie a interpellé cinq individus soupçonnés de complicité avec les terroristes à Koro.",
     ARRESTS, 0),
    ("Un journaliste a été arrêté par la sécurité d'État à Bamako.", ARRESTS, 0),
    ("Les forces de défense ont mis aux arrêts trois présumés trafiquants d'armes à Dori.", ARRESTS, 0),
    ("Une attaque contre le camp de Sévaré a été déjouée par les forces armées, qui ont interpellé quatre "
     "suspects.", ARRESTS, 0),
    ("Les groupes armés signataires et le gouvernement ont signé un accord de cessez-le-feu à Bamako.",
     AGREEMENT, 0),
    ("Le gouverneur a instauré un couvre-feu de 22 heures à 6 heures dans la région de Mopti.", CHANGE, 0),
    ("Les soldats de la MINUSMA ont quitté leur camp de Ber, rétrocédé aux forces armées maliennes.", NVT, 0),
    ("L'armée a installé une nouvelle base militaire à Boni.", HQ, 0),
]


# Whole short reports: a headline that restates the lead's toll, provisional and final tolls, sources, reactions,
# denials and background after the event.
REPORTS = [
    # headline + lead + reaction
    ("Soum : un pasteur et cinq fidèles tués à Arbinda. Dimanche, des individus armés ont attaqué le temple "
     "protestant du village à la fin du culte. Le pasteur, son fils et quatre fidèles ont été abattus, selon un "
     "responsable de l'Église. Le village se vide de ses habitants.", ATTACK, 6),
    ("Attaque de Seytenga : dix morts. Dimanche soir, des hommes armés ont fait irruption dans le village. Dix "
     "personnes ont été tuées, selon le maire. Le gouverneur s'est rendu sur les lieux lundi.", ATTACK, 10),
    ("Dix morts dans une attaque près de Djibo. Six soldats et quatre civils ont été tués mardi lorsque des "
     "terroristes ont attaqué le convoi qu'ils escortaient.", CLASH, 10),
    ("Djibo : huit militaires tués. Huit soldats ont été tués et trois terroristes neutralisés lors de l'attaque "
     "du détachement de Djibo dimanche, selon l'armée.", CLASH, 11),
    ("Mopti : un véhicule de la MINUSMA saute sur une mine. Deux casques bleus ont été tués et trois autres "
     "blessés mardi lorsque leur véhicule a heurté un engin explosif près de Douentza, a indiqué la mission. Le "
     "secrétaire général de l'ONU a condamné l'attaque.", "Remote explosive/landmine/IED", 2),
    ("Deuil national de trois jours au Burkina Faso. Le gouvernement a décrété un deuil national après l'attaque "
     "de lundi contre le détachement militaire de Koutougou, qui a coûté la vie à vingt-quatre soldats. Le "
     "président a présenté ses condoléances aux familles.", CLASH, 24),
    ("Embuscade meurtrière sur l'axe Boni-Hombori. Un convoi de ravitaillement escorté par les FAMa est tombé "
     "jeudi dans une embuscade tendue par des hommes armés. Le bilan provisoire fait état de neuf militaires "
     "tués, de cinq blessés et de plusieurs véhicules incendiés. Les assaillants ont emporté des armes.",
     CLASH, 9),
    ("Le bilan de l'attaque de Barsalogho s'alourdit. Selon un premier bilan, douze civils avaient été tués "
     "samedi. Le bilan définitif, communiqué lundi par le gouverneur, est de dix-neuf morts.", ATTACK, 19),
    ("Ouahigouya : sept orpailleurs tués sur un site aurifère. Des hommes armés à moto ont ouvert le feu "
     "mercredi sur des orpailleurs au site de Kéréboulé, tuant sept d'entre eux. Les autres ont fui vers la "
     "ville.", ATTACK, 7),
    ("Ségou : les populations marchent contre l'insécurité. Plusieurs centaines de personnes ont marché jeudi "
     "dans les rues de Ségou pour demander plus de sécurité sur les routes. La marche s'est déroulée sans "
     "incident.", "Peaceful protest", 0),
    ("Kati : des jeunes érigent des barricades. Mécontents des coupures d'eau, des jeunes ont érigé des "
     "barricades et brûlé des pneus sur la RN3 mardi, paralysant la circulation. La police est intervenue pour "
     "dégager la voie.", "Violent demonstration", 0),
    ("Fada N'Gourma : grève des commerçants. Les commerçants du grand marché ont observé une grève lundi pour "
     "protester contre la hausse des taxes municipales. Les boutiques sont restées fermées toute la journée.",
     "Peaceful protest", 0),
    ("Bobo-Dioulasso : un voleur présumé lynché. Un jeune homme soupçonné d'avoir volé une moto a été lynché "
     "par une foule en colère dimanche au secteur 22. La police a ouvert une enquête.", "Mob violence", 1),
    ("Nord : une frappe de drone fait plusieurs morts. Une frappe de drone de l'armée a visé mardi un "
     "rassemblement près de Tin-Zaouatène. Selon des sources locales, huit civils, dont des enfants, ont été "
     "tués. L'armée affirme avoir neutralisé des terroristes.", "Air/drone strike", 8),
    ("Tombouctou : des obus tombent sur la ville. Plusieurs obus tirés par des hommes armés sont tombés "
     "dimanche sur des quartiers de Tombouctou, tuant un enfant et blessant trois personnes. Le blocus de la "
     "ville se poursuit.", "Shelling/artillery/missile attack", 1),
    ("Koro : enlèvement de trois enseignants. Trois enseignants ont été enlevés lundi par des hommes armés "
     "sur la route de leur école. Leurs familles sont sans nouvelles. L'académie a suspendu les cours.",
     "Abduction/forced disappearance", 0),
    ("Macina : des greniers incendiés. Des hommes armés ont incendié dimanche les greniers et les récoltes de "
     "plusieurs familles du village de Kokry, selon des habitants. Aucune victime n'est signalée.",
     "Looting/property destruction", 0),
    ("Gourma-Rharous : vol de bétail. Des bandits armés ont emporté près de trois cents têtes de bétail "
     "appartenant à des éleveurs de la commune, jeudi. Les éleveurs réclament la protection de l'armée.",
     "Looting/property destruction", 0),
    ("Communiqué de l'état-major : le 14 mars, une patrouille des FAMa a été prise à partie par des groupes "
     "armés terroristes dans la zone de Niono. La riposte vigoureuse des FAMa a permis de neutraliser onze "
     "terroristes. Côté ami, on déplore deux morts et quatre blessés. Du matériel a été récupéré.",
     CLASH, 13),
    ("Le gouvernement de transition informe l'opinion nationale que, dans la nuit du 2 au 3 avril, des "
     "terroristes ont attaqué le poste de gendarmerie de Kaya. Trois gendarmes ont trouvé la mort. Des "
     "opérations de ratissage sont en cours.", CLASH, 3),
    ("Flash OCHA. Le 10 mai, des hommes armés non identifiés ont attaqué le village de Dinangourou, dans le "
     "cercle de Koro. Au moins quinze civils ont été tués et une vingtaine de maisons incendiées. Près de 2 000 "
     "personnes se sont déplacées vers Koro.", ATTACK, 15),
    ("Ménaka : l'EIGS tue une vingtaine de civils. Des combattants de l'État islamique au Grand Sahara ont "
     "attaqué dimanche les hameaux de Tinfadimata, tuant au moins vingt civils touareg, selon des élus. Le "
     "MSA a dénoncé un massacre.", ATTACK, 20),
    ("Sahel : l'armée repousse une attaque à Djibo. Des terroristes ont attaqué tôt ce matin la base militaire "
     "de Djibo. Les soldats ont repoussé l'attaque, neutralisant une quarantaine d'assaillants, selon une "
     "source sécuritaire. Quatre militaires ont été blessés.", CLASH, 40),
    ("Des affrontements entre éleveurs et agriculteurs ont fait quatre morts samedi dans la commune de Ouenkoro, "
     "selon le maire. Le conflit porterait sur des dégâts causés par des animaux dans un champ.",
     CLASH, 4),
    ("Bamako : manifestation dispersée. La police a dispersé à coups de gaz lacrymogène une manifestation "
     "d'étudiants qui réclamaient le paiement de leurs bourses, mardi. Une dizaine d'étudiants ont été "
     "interpellés.", "Protest with intervention", 0),
    ("Kayes : un manifestant tué par balle. Un jeune manifestant a été tué par balle lundi lors d'une "
     "manifestation contre les coupures d'électricité, lorsque la police a ouvert le feu sur la foule, selon "
     "des témoins.", "Excessive force against protesters", 1),
    ("Le JNIM a revendiqué l'attaque du camp de Boulkessi, affirmant avoir tué plus de cent soldats. L'armée "
     "reconnaît la perte de vingt-deux militaires et affirme avoir neutralisé une dizaine d'assaillants.",
     CLASH, 32),
    ("Des militaires maliens accompagnés de paramilitaires russes auraient exécuté une trentaine de civils "
     "dans le village de Moura, selon des témoins. L'armée a démenti, parlant de terroristes neutralisés au "
     "combat.", ATTACK, 30),
    ("Dori : accrochage entre VDP et terroristes. Des volontaires pour la défense de la patrie ont été "
     "accrochés par des hommes armés samedi près de Seytenga. Six VDP ont perdu la vie.", CLASH, 6),
    ("Accrochage meurtrier près de Léré. Selon un bilan officiel, douze terroristes ont été abattus et deux "
     "soldats tués lors d'un accrochage jeudi entre une patrouille de l'armée et des hommes armés.",
     CLASH, 14),
    ("Un camion de transport a sauté sur une mine mardi entre Gorom-Gorom et Markoye. Le chauffeur et trois "
     "passagers ont trouvé la mort, selon des sources locales. L'axe est régulièrement miné.",
     "Remote explosive/landmine/IED", 4),
    ("Tessit : un drone de l'armée neutralise un chef terroriste. Un responsable de l'État islamique a été "
     "neutralisé jeudi par une frappe de drone près de Tessit, a annoncé l'armée. Deux de ses gardes ont aussi "
     "été tués.", "Air/drone strike", 3),
    ("Kidal : les rebelles reprennent Anéfis. Les combattants de la CMA ont pris le contrôle d'Anéfis samedi "
     "après des combats avec l'armée et ses alliés, selon un porte-parole. Le bilan n'est pas connu.",
     "Non-state actor overtakes territory", 0),
    ("Les FAMa reprennent Léré. Après trois jours de combats, les forces armées maliennes ont repris le contrôle "
     "de la ville de Léré, tombée aux mains des rebelles la semaine dernière.", "Government regains territory", 0),
    ("Burkina : des civils tués par des hommes armés à Gorgadji. Une dizaine de personnes ont été tuées jeudi "
     "soir à Gorgadji par des individus armés, selon une source locale jointe par téléphone. Plusieurs "
     "boutiques ont été incendiées.", ATTACK, 10),
    ("Une patrouille de gendarmerie est tombée dans une embuscade mercredi près de Dédougou. Le bilan fait état "
     "de trois gendarmes tués et d'un disparu.", CLASH, 3),
    ("Attaque contre un bus à Boni : aucune victime. Des hommes armés ont tiré sur un bus de transport en commun "
     "mardi près de Boni, sans faire de victimes, selon la compagnie. Les passagers ont été dépouillés de leurs "
     "biens.", "Looting/property destruction", 0),
    ("L'attaque contre le poste de police de Djibo n'a fait aucune victime, a précisé le ministre de la "
     "Sécurité. Les assaillants ont été repoussés par les policiers.", CLASH, 0),
    ("Un soldat aurait été tué et deux autres blessés lors d'un accrochage jeudi près de Tenenkou, selon une "
     "source militaire qui a requis l'anonymat.", CLASH, 1),
    ("Des dizaines de femmes ont observé un sit-in devant le camp militaire de Kati pour réclamer des "
     "nouvelles de leurs maris, soldats portés disparus après une attaque.", "Peaceful protest", 0),
    ("Des manifestants en colère ont saccagé et incendié le domicile du député à Kaya, l'accusant de "
     "complicité avec les terroristes. La gendarmerie a dispersé la foule.", "Violent demonstration", 0),
    ("Les éléments de la brigade de gendarmerie de Dori ont interpellé dimanche six présumés terroristes "
     "lors d'une opération de contrôle. Des armes et des munitions ont été saisies.", "Arrests", 0),
    ("Des terroristes ont pillé et incendié le marché de Diapaga jeudi, emportant des vivres et du bétail, "
     "selon des habitants. Personne n'a été tué.", "Looting/property destruction", 0),
    ("Trente-deux civils tués dans une attaque près de Koro. Trente-deux civils ont été tués mardi par des "
     "hommes armés dans le village de Yoro, près de la frontière burkinabè, selon un bilan officiel.",
     ATTACK, 32),
    ("Le bilan de l'attaque est passé à quatorze morts, après le décès de deux blessés à l'hôpital de Ouahigouya, "
     "a indiqué le gouverneur. Les hommes armés avaient attaqué le village de Titao vendredi.", ATTACK, 14),
]


# Other ways the same happenings are told: bodies found, hostages freed in talks, decrees, weapons shot down.
OTHER_WAYS = [
    ("Des hommes armés ont fait sauter dimanche le pont de Naré, sur l'axe Kaya-Dori, à l'aide d'explosifs. "
     "Aucune victime n'est à déplorer, mais la circulation est coupée.", "Remote explosive/landmine/IED", 0),
    ("L'otage allemand enlevé en 2022 a été libéré mercredi dans la région de Gao, a annoncé la présidence, "
     "au terme de longues négociations.", "Agreement", 0),
    ("Le JNIM et les rebelles du CSP ont annoncé la fusion de leurs forces dans la région de Kidal, selon un "
     "communiqué commun.", "Change to group/activity", 0),
    ("Des jihadistes ont imposé le port du voile aux femmes et interdit la musique dans les villages du cercle "
     "de Ténenkou, selon des habitants.", "Change to group/activity", 0),
    ("Les forces armées ont saisi un important lot d'armes et de munitions lors d'une fouille près de Ansongo.",
     "Disrupted weapons use", 0),
    ("Des militaires ont arrêté une dizaine de bergers peuls au marché de Nouna, accusés de complicité avec les "
     "terroristes. Leurs familles sont sans nouvelles.", "Arrests", 0),
    ("Des corps de quatorze hommes ont été découverts dans une fosse commune près de Djibo, quelques jours après "
     "leur arrestation par des soldats, selon une organisation de défense des droits humains.", ATTACK, 14),
    ("Des Koglweogo ont tué sept personnes et incendié des concessions dans le village de Yirgou, en représailles "
     "à la mort du chef du village.", ATTACK, 7),
    ("Des affrontements intercommunautaires entre Dogon et Peuls ont fait une vingtaine de morts dans le cercle "
     "de Bankass, selon le ministère de la Sécurité.", CLASH, 20),
    ("Des chasseurs dozos ont attaqué le village peul de Koulogon, tuant trente-sept habitants, dont des "
     "enfants.", ATTACK, 37),
    ("Une église a été attaquée dimanche pendant la messe à Dablo par des hommes armés qui ont tué le prêtre et "
     "cinq fidèles.", ATTACK, 6),
    ("Des hommes armés ont tiré sur une ambulance près de Djibo, tuant l'infirmier et le chauffeur.", ATTACK, 2),
    ("Un militaire burkinabè en permission a été abattu par des hommes armés devant son domicile à Dori.",
     ATTACK, 1),
    ("Le camp de la force Barkhane à Gossi a été visé par des tirs de mortier dans la nuit, sans faire de "
     "victimes, selon l'état-major français.", "Shelling/artillery/missile attack", 0),
    ("Un kamikaze au volant d'un véhicule piégé a foncé sur le camp de Tessit, suivi d'un assaut de dizaines de "
     "jihadistes. Trente-trois soldats ont été tués.", CLASH, 33),
    ("Des soldats ont tué trois civils qu'ils soupçonnaient d'être des informateurs des jihadistes, près de "
     "Niono, selon des témoins.", ATTACK, 3),
    ("Les élèves de Kayes ont manifesté mardi contre le report des examens ; la police les a dispersés à "
     "coups de gaz lacrymogène.", "Protest with intervention", 0),
    ("Une manifestation de soutien à l'armée a rassemblé des milliers de personnes au boulevard de "
     "l'Indépendance à Bamako.", "Peaceful protest", 0),
    ("Le couvre-feu a été instauré de 20 heures à 6 heures dans la province du Soum par arrêté du gouverneur.",
     "Change to group/activity", 0),
    ("Les FAMa ont établi un nouveau poste avancé à Dioura, afin de sécuriser les foires hebdomadaires.",
     "Headquarters or base established", 0),
    ("Les forces françaises de l'opération Barkhane ont quitté la base de Gossi, rétrocédée à l'armée malienne.",
     "Non-violent transfer of territory", 0),
    ("Les terroristes ont enlevé une soixantaine de femmes dans les environs d'Arbinda ; elles ont été libérées "
     "quelques jours plus tard.", "Abduction/forced disappearance", 0),
    ("Un humanitaire de l'ONG a été enlevé par des inconnus armés alors qu'il se rendait à Ménaka.",
     "Abduction/forced disappearance", 0),
    ("Des hommes armés ont braqué un car de transport sur l'axe Sévaré-Bandiagara, tuant le convoyeur et "
     "dépouillant les passagers.", ATTACK, 1),
    ("Un commerçant a été tué par des coupeurs de route qui ont emporté sa moto et son argent, près de Banfora.",
     ATTACK, 1),
    ("Des bandits armés ont volé une soixantaine de bœufs et blessé un berger près de Macina.",
     ATTACK, 0),
    ("Les FAMa ont mené une frappe aérienne contre un rassemblement de terroristes à Ouagadou, suivie d'une "
     "opération terrestre. Le bilan est de vingt terroristes neutralisés.", CLASH, 20),
    ("Deux soldats ont été tués par l'explosion d'un engin explosif improvisé, suivie de tirs nourris contre "
     "leur convoi, près de Bourzanga.", CLASH, 2),
    ("Une grenade a été lancée contre la maison du maire de Gao dans la nuit, blessant deux membres de sa "
     "famille.", "Grenade", 0),
    ("Un drone turc des FAMa a été abattu par les rebelles près de Tinzaouaten, selon le CSP.", CLASH, 0),
    ("Les rebelles de la CMA ont annoncé avoir abattu un hélicoptère de l'armée près de Kidal ; les deux pilotes "
     "ont été tués.", CLASH, 2),
    ("Un ancien député a été assassiné par balle à son domicile de Tombouctou par des hommes non identifiés.",
     ATTACK, 1),
    ("Le corps d'un enseignant enlevé il y a une semaine a été retrouvé dimanche aux abords de Diapaga.",
     ATTACK, 1),
    ("Des individus armés ont incendié l'école et le centre de santé de Gorgadji, puis emporté le bétail du "
     "village.", "Looting/property destruction", 0),
    ("Des hommes armés ont ordonné aux habitants de Ménaka de quitter leurs villages sous trois jours.",
     "Change to group/activity", 0),
    ("Les hommes de l'EIGS ont instauré la zakat dans les villages de la commune de Tin-Akoff, selon des élus.",
     "Change to group/activity", 0),
]


# Ways of telling a toll: « on dénombre », « on déplore », « côté ami / côté ennemi », subsets, asides, places
# between the verb and its object, lists joined by « et à ».
TOLLS = [
    ("Des hommes armés ont ouvert le feu sur des fidèles à la sortie de la mosquée de Tanwalbougou, faisant "
     "sept morts, dont l'imam.", ATTACK, 7),
    ("Trois militaires ont été tués dans une embuscade près de Kaya. Par ailleurs, deux civils ont été tués par "
     "des hommes armés à Dori.", CLASH, 3),
    # a civilian counted with the gendarmes is the battle's dead (one count, few civilians among the fighters)
    ("Des hommes armés ont tué deux gendarmes et un civil lors de l'attaque de la brigade de Mansila.",
     CLASH, 3),
    ("Un convoi de la MINUSMA a été la cible de tirs près de Tessalit ; un casque bleu a été tué.", CLASH, 1),
    ("Le bilan de l'attaque de Djibo s'élève désormais à vingt morts, après le décès de trois blessés.",
     ATTACK, 20),
    ("Sept personnes ont été tuées, neuf blessées et une vingtaine enlevées lors de l'attaque du village de "
     "Kassa par des hommes armés.", ATTACK, 7),
    ("Des hommes armés ont exécuté publiquement deux hommes accusés de collaborer avec l'armée à Ténenkou.",
     ATTACK, 2),
    ("Le chef du village et trois de ses conseillers ont été assassinés par des individus armés à Fittouga.",
     ATTACK, 4),
    ("Des hommes armés ont attaqué le village de Tin-Akoff. On dénombre onze morts parmi les habitants.", ATTACK, 11),
    ("Lors de l'attaque du poste de Kelbo, on déplore la mort de quatre soldats.", CLASH, 4),
    ("Bilan de l'attaque de Sollé : huit morts, dont cinq soldats et trois VDP.", CLASH, 8),
    ("Côté ennemi, une vingtaine de terroristes ont été neutralisés ; côté ami, on déplore trois blessés légers.",
     CLASH, 20),
    ("L'ennemi a subi de lourdes pertes lors de l'accrochage de Tessit, selon l'armée, qui ne donne pas de "
     "chiffre.", CLASH, 0),
    ("Douze villageois, qui revenaient du marché de Diallassagou, ont été tués par des hommes armés.", ATTACK, 12),
    ("Les corps de neuf civils ont été retrouvés près de Djibo après le passage d'hommes armés.", ATTACK, 9),
    ("Au total, cent trente-deux civils ont été tués lors des attaques des hommes armés contre les villages de "
     "Diallassagou.", ATTACK, 132),
    ("Les assaillants ont tué quatorze personnes, pour la plupart des femmes et des enfants, à Sobane.",
     ATTACK, 14),
    ("Un soldat, deux gendarmes et un policier ont été tués lors de l'attaque de la brigade de Kantchari.",
     CLASH, 4),
    ("Quatre personnes, dont un militaire, ont perdu la vie lorsque des hommes armés ont attaqué un car près "
     "de Bourzanga.", ATTACK, 4),
    ("L'explosion a tué sur le coup les trois occupants du véhicule, près de Hombori.",
     IED, 3),
    ("Plusieurs dizaines de soldats ont péri dans l'attaque du camp de Diougani, a reconnu le gouvernement.",
     CLASH, 12),
    ("Une centaine de civils ont été massacrés par des hommes armés à Solhan dans la nuit de vendredi.",
     ATTACK, 100),
    ("Cinq membres d'une même famille ont été tués par balles à leur domicile par des individus armés à Ouahigouya.",
     ATTACK, 5),
    ("Les soldats ont essuyé des tirs nourris ; trois d'entre eux sont morts et deux autres sont portés disparus.",
     CLASH, 3),
    ("Onze gendarmes sont morts dans l'attaque de leur brigade à Inata, selon le ministère de la Sécurité.",
     CLASH, 11),
    ("Les terroristes ont perdu une dizaine d'hommes lors de leur assaut contre le camp militaire de Boni.", CLASH, 10),
    ("Deux frères ont été égorgés par des jihadistes présumés dans leur champ près de Tougan.", ATTACK, 2),
    ("Le maire de Djibo, son chauffeur et son garde du corps ont été abattus par des hommes armés.", ATTACK, 3),
    ("Des hommes armés ont tué à Ménaka deux agents de santé qui revenaient d'une campagne de vaccination.",
     ATTACK, 2),
    ("Des individus armés ont abattu un prêtre catholique et un catéchiste sur la route de Djibasso.", ATTACK, 2),
    ("Un casque bleu égyptien a été tué et quatre autres blessés par l'explosion d'une mine au passage de leur "
     "convoi.", IED, 1),
    ("Un bébé et sa mère figurent parmi les victimes de l'explosion de l'engin, qui a fait six morts au total.",
     IED, 6),
    ("Le bilan de l'embuscade de Tin-Akoff s'établit à dix-huit soldats tués, selon le gouvernement.",
     CLASH, 18),
    ("Vingt-trois éléments des forces de défense et de sécurité sont tombés au combat lors de l'attaque de Koudougou.",
     CLASH, 23),
    ("Soixante-deux jihadistes ont été tués par les forces armées lors d'une opération de ratissage près de "
     "Gossi.", CLASH, 62),
    ("Trois civils ont été tués par des balles perdues lors des combats entre les FAMa et les rebelles à Ber.",
     CLASH, 3),
    ("L'attaque a coûté la vie à quatre soldats et à un civil près de Tessit.", CLASH, 5),
    ("Quinze morts, dont dix soldats : c'est le bilan de l'attaque du poste de Tahoua, à la frontière.",
     CLASH, 15),
    ("L'armée affirme avoir neutralisé une cinquantaine de terroristes dans la forêt de Kompienga.",
     CLASH, 50),
    ("Les assaillants ont tué un enseignant et enlevé deux autres dans le village de Kourouma.", ATTACK, 1),
    ("Quatre soldats ont été tués et sept blessés, tandis que quinze assaillants ont été neutralisés lors de "
     "l'attaque de la base de Sévaré.", CLASH, 19),
    ("Mercredi soir, deux militaires sont décédés des suites de leurs blessures à l'hôpital de Gao.", CLASH, 2),
]


# Words that change the kind of event: shots in the air, stones, abandoned shells, heavy weapons, mediation;
# and large or vague tolls in words.
KINDS = [
    ("Attaque de Djibo : 15 morts et 20 blessés. Des hommes armés ont attaqué le marché de Djibo dimanche.",
     ATTACK, 15),
    ("Des hommes armés ont attaqué le village de Kiri. Le bilan est lourd : une quarantaine de morts, selon des "
     "sources locales.", ATTACK, 40),
    ("Les terroristes affirment avoir tué une dizaine de soldats lors de l'attaque du poste de Koutougou ; "
     "l'armée dément avoir perdu des hommes.", CLASH, 10),
    ("Le véhicule du Comité international de la Croix-Rouge a été braqué par des hommes armés près de Kidal ; "
     "les assaillants sont repartis avec le véhicule.", LOOT, 0),
    ("Des hommes armés ont tué vingt personnes, parmi lesquelles des femmes et des enfants, dans le village de "
     "Djibasso.", ATTACK, 20),
    ("Onze soldats tués dans une embuscade dans le Nord, annonce l'armée. Onze militaires ont été tués lundi "
     "dans une embuscade tendue par des terroristes près de Gossi.", CLASH, 11),
    ("Des hommes armés ont incendié le domicile du chef du village de Toéni avant de tuer ses deux fils.",
     ATTACK, 2),
    ("Les affrontements entre deux factions de la CMA ont fait six morts à Ber, selon des notables.",
     CLASH, 6),
    ("Le camp de déplacés de Ménaka a été attaqué par des hommes armés qui ont tué quatre personnes et "
     "emporté des vivres.", ATTACK, 4),
    ("Au cours du ratissage, les soldats ont découvert les corps de sept civils exécutés par les terroristes.",
     ATTACK, 7),
    ("Les habitants de Kaya ont observé jeudi une journée ville morte pour protester contre l'insécurité.",
     PEACEFUL, 0),
    ("Des centaines de manifestants se sont rassemblés devant l'ambassade de France à Ouagadougou pour exiger "
     "le départ des troupes françaises.", PEACEFUL, 0),
    ("Des militaires ont tiré en l'air pour disperser les manifestants qui bloquaient l'entrée du camp de Kati.",
     INTERVENTION, 0),
    ("Des élèves en colère ont caillassé le véhicule du préfet de Koupéla.", RIOT, 0),
    ("Les commerçants du marché de Dori ont fermé leurs boutiques en signe de protestation contre les taxes.",
     PEACEFUL, 0),
    ("Le JNIM a libéré une vingtaine de civils enlevés près de Djibo, après une médiation des chefs coutumiers.",
     AGREEMENT, 0),
    ("Deux enfants ont été tués par l'explosion d'un obus abandonné qu'ils manipulaient à Gao.",
     IED, 2),
    ("Trois enfants ont perdu la vie après avoir manipulé un engin non explosé près de Gossi.",
     IED, 3),
    ("Des individus armés ont mis le feu à des camions de marchandises sur l'axe Gao-Ansongo.",
     LOOT, 0),
    ("Des hommes armés ont attaqué le village de Bouna dimanche. Le bilan humain reste inconnu.", ATTACK, 0),
    ("L'attaque du village de Tinfadimata par des hommes armés a fait plus d'une centaine de morts, selon les élus.",
     ATTACK, 100),
    ("Des hommes armés ont attaqué des villages de la commune de Ouenkoro, faisant des dizaines de morts.",
     ATTACK, 12),
    ("Une soixantaine de personnes ont été tuées lors de l'attaque du marché de Tin-Akoff par des hommes armés.",
     ATTACK, 60),
    ("Près de 200 civils ont été tués par des hommes armés à Barsalogho, selon des sources sécuritaires.",
     ATTACK, 200),
    ("L'attaque du convoi près de Ansongo par des hommes armés a fait entre 20 et 30 morts parmi les passagers.",
     ATTACK, 20),
    ("Au moins cinquante-trois personnes ont été tuées par des hommes armés dans le village de Yoro.", ATTACK, 53),
    ("Quatre-vingt-deux civils ont été tués par des hommes armés dans les villages de la commune de Koro.",
     ATTACK, 82),
    ("Soixante-dix-sept villageois ont péri dans l'attaque de leur village par des hommes armés.", ATTACK, 77),
    ("Quatre-vingt-dix-neuf personnes ont été tuées dans l'attaque du village de Sobane par des hommes armés.",
     ATTACK, 99),
    ("Les forces armées ont détruit un dépôt de carburant des terroristes près de Tinzaouaten lors d'une frappe "
     "aérienne.", AIR, 0),
    ("Les FAMa ont récupéré un lot d'engins explosifs lors d'une fouille près de Douentza.", DISRUPTED,
     0),
    ("Les hommes armés ont tué un berger et emporté son troupeau ; deux autres bergers ont été blessés.",
     ATTACK, 1),
    ("Un obus est tombé sur une concession de Ménaka, tuant une femme et ses deux enfants.",
     SHELL, 3),
    ("Les rebelles ont bombardé à l'arme lourde les positions de l'armée à Bourem ; deux soldats ont été tués.",
     SHELL, 2),
    ("Un drone a frappé un pick-up de terroristes sur l'axe Léré-Niono : ses six occupants ont été "
     "neutralisés.", AIR, 6),
    ("Des assaillants ont fait exploser une bombe au passage d'un bus à Bandiagara, tuant onze passagers.",
     IED, 11),
    ("Les militaires ont été accueillis par des tirs à l'entrée de Ber ; un soldat a été tué et un autre blessé.",
     CLASH, 1),
    ("Un policier a été tué par balle par des individus à moto à un poste de contrôle de Bobo-Dioulasso.",
     CLASH, 1),
]


# Other styles: long dépêches (dateline, lead, background), army communiqués telling several incidents, UN and OCHA
# flash updates, local radio items, armed groups' statements; nominalisations (« l'incendie de », « le rapt de »),
# passives and participles of the same deeds.
STYLES = [
    ("Communiqué : le 9 mai, un véhicule de la gendarmerie a sauté sur une mine près de Gorom-Gorom, suivie "
     "d'échanges de tirs avec des terroristes. Deux gendarmes ont été tués.", CLASH, 2),
    # ---- long dépêches: dateline, lead, background
    ("Mopti, 14 avril 2024 (AFP) – Au moins douze civils ont été tués dimanche dans l'attaque de leur village, "
     "Dialloubé, par des hommes armés non identifiés, a-t-on appris de sources locales. Les assaillants, arrivés "
     "à moto en fin d'après-midi, ont tiré sur les habitants avant de mettre le feu à plusieurs cases. Le centre "
     "du Mali est en proie depuis 2015 à des violences jihadistes et intercommunautaires.", ATTACK, 12),
    ("Ouagadougou, 3 mars 2024 (AFP) – Un engin explosif a explosé au passage d'un car de transport en commun sur "
     "l'axe Djibo-Namsiguia, tuant neuf passagers, selon des sources sécuritaires. Le Burkina Faso est confronté "
     "depuis 2015 aux attaques de groupes jihadistes liés à Al-Qaïda et à l'État islamique.", IED, 9),
    ("Bamako, 20 février 2024 – Les autorités maliennes ont annoncé mardi l'arrestation de plusieurs officiers "
     "soupçonnés de préparer un coup d'État. Selon un communiqué du gouvernement, les suspects ont été "
     "interpellés à Kati. Le pays est dirigé depuis 2020 par des militaires.", ARRESTS, 0),
    ("Gao, 18 mars 2024 – Une frappe de drone a tué au moins huit personnes, dont des enfants, dimanche à "
     "Intahaka, une zone aurifère de la région de Gao, selon des élus locaux. L'armée a affirmé dans un "
     "communiqué avoir visé des terroristes. Depuis la reprise des hostilités en août, les frappes se sont "
     "multipliées dans le nord du pays.", AIR, 8),
    ("Dori, 2 avril 2024 – Des centaines de déplacés ont manifesté mardi devant le haut-commissariat de Dori pour "
     "réclamer des vivres. La ville, sous blocus des groupes jihadistes depuis deux ans, n'est plus ravitaillée "
     "que par des convois escortés par l'armée.", PEACEFUL, 0),
    ("Kaya, 9 janvier 2024 – Des hommes armés ont incendié dans la nuit de lundi le marché de Barsalogho, "
     "détruisant une cinquantaine de boutiques, selon des commerçants joints par téléphone. Aucune perte en vie "
     "humaine n'a été signalée. En août 2024, une attaque contre la même commune avait fait des centaines de "
     "morts.", LOOT, 0),
    # ---- army communiqués with several incidents
    ("Communiqué des Forces armées maliennes. Le 22 avril, les FAMa ont effectué une mission de reconnaissance "
     "offensive dans la zone de Ténenkou. Au contact de l'ennemi, les FAMa ont neutralisé six terroristes et "
     "récupéré des motos. Par ailleurs, le même jour, un véhicule des FAMa a sauté sur un engin explosif "
     "improvisé près de Boni, sans faire de victimes.", CLASH, 6),
    ("Les FAMa informent l'opinion que, le 30 mars, des terroristes ont tenté d'attaquer le poste de Diafarabé. "
     "Grâce à la réaction prompte des FAMa, l'attaque a été repoussée : huit terroristes neutralisés, deux armes "
     "récupérées. Côté FAMa, un blessé léger.", CLASH, 8),
    ("Point de situation des opérations. Le 3 mai, les éléments du détachement de Koro ont intercepté trois "
     "individus suspects à bord de motos, en possession d'armes de guerre. Les suspects ont été mis à la "
     "disposition de la gendarmerie. Le 4 mai, une patrouille a détruit un dépôt logistique près de Dinangourou.",
     ARRESTS, 0),
    ("Le 2 mai, une patrouille a neutralisé quatre terroristes près de Nampala. D'autre part, une mine a explosé "
     "au passage d'un camion civil près de Diabaly, tuant le chauffeur.", CLASH, 4),
    ("Des tirs d'obus ont visé le camp de Tessit, suivis par un assaut de dizaines de terroristes. Cinq soldats ont "
     "été tués.", CLASH, 5),
    # ---- UN and OCHA flash updates
    ("Flash update n°3 – Burkina Faso. Le 25 mars, des hommes armés non identifiés ont attaqué le village de "
     "Nassoumbou, dans la province du Soum. Selon les premières informations, au moins vingt civils ont été tués "
     "et des boutiques incendiées. Plus de 4 000 personnes se sont déplacées vers Djibo. Les partenaires "
     "humanitaires mobilisent une réponse d'urgence.", ATTACK, 20),
    ("OCHA Mali – Note d'information. Le 4 février, un camion transportant des vivres du PAM a été incendié par "
     "des individus armés sur l'axe Douentza-Boni. Aucune perte en vie humaine n'a été signalée. Cet incident "
     "porte à quinze le nombre d'incidents visant les acteurs humanitaires depuis janvier.", LOOT, 0),
    ("MINUSMA – Communiqué de presse. Un convoi logistique de la Mission a heurté un engin explosif improvisé ce "
     "matin près d'Aguelhok, dans la région de Kidal. Un casque bleu tchadien a été tué et deux autres blessés. "
     "Le Représentant spécial condamne fermement cette attaque lâche.", IED, 1),
    ("Le 12 janvier, des éléments armés ont enlevé six agents de santé sur l'axe Ménaka-Anderamboukane. Les "
     "partenaires humanitaires ont suspendu leurs mouvements dans la zone jusqu'à nouvel ordre.", ABDUCT, 0),
    # ---- local radio items
    ("Des bandits armés ont dévalisé dans la nuit de samedi plusieurs boutiques au marché de Niono. Les "
     "commerçants ont perdu des marchandises et de l'argent. La police a ouvert une enquête.", LOOT, 0),
    ("Les habitants de Mondoro sont sous le choc : dimanche, des jihadistes ont incendié les greniers du village "
     "et emporté les animaux.", LOOT, 0),
    ("A Bourem, des individus armés ont brûlé trois camions de commerçants sur la route de Gao, mercredi. Les "
     "chauffeurs ont pu s'enfuir.", LOOT, 0),
    ("Les populations de Léré ont marché lundi pour dénoncer l'enlèvement de leur maire par des hommes armés.",
     PEACEFUL, 0),
    ("Les femmes de Djibo ont organisé une marche silencieuse pour demander la libération des otages.",
     PEACEFUL, 0),
    # ---- armed groups' statements and claims
    ("Dans un communiqué diffusé sur ses canaux de propagande, le JNIM affirme avoir attaqué mercredi une "
     "position de l'armée burkinabè à Sebba et tué vingt soldats. L'armée n'a pas réagi.", CLASH, 20),
    ("Le Front de libération de l'Azawad a revendiqué dans un communiqué l'attaque d'un convoi des FAMa et de "
     "leurs alliés russes près d'Anéfis, affirmant avoir détruit plusieurs véhicules.", CLASH, 0),
    ("L'État islamique au Sahel a revendiqué l'enlèvement d'un ressortissant italien dans la région de Ménaka.",
     ABDUCT, 0),
    # ---- protests, strikes, rallies
    ("Des centaines de femmes ont manifesté mardi à Tombouctou contre les coupures d'électricité, en brandissant "
     "des casseroles.", PEACEFUL, 0),
    ("A l'appel d'associations de jeunes, des milliers de personnes se sont rassemblées samedi sur la place de la "
     "Nation à Ouagadougou pour soutenir le président de la transition.", PEACEFUL, 0),
    ("Les enseignants contractuels de la région de Sikasso ont entamé un débrayage pour exiger le paiement de "
     "leurs arriérés de salaire.", PEACEFUL, 0),
    ("Les conducteurs de taxi-motos ont paralysé la ville de Bobo-Dioulasso lundi pour protester contre le racket "
     "des policiers.", PEACEFUL, 0),
    ("Des étudiants qui manifestaient devant le rectorat de l'université de Ouagadougou ont été chassés à coups "
     "de matraque par les forces de l'ordre.", INTERVENTION, 0),
    ("Une marche de l'opposition a été empêchée par la police à Bamako ; plusieurs militants ont été "
     "interpellés.", INTERVENTION, 0),
    ("Des manifestants ont lancé des pierres sur les gendarmes à Kayes, qui ont riposté par des tirs de gaz "
     "lacrymogène.", RIOT, 0),
    ("Les populations de Sikasso ont tenu un sit-in devant la direction régionale de l'énergie pour dénoncer les "
     "délestages.", PEACEFUL, 0),
    # ---- arrests
    ("La Sûreté de l'État a procédé à l'arrestation d'un ancien ministre à son domicile de Bamako, jeudi.",
     ARRESTS, 0),
    ("Au cours d'une opération de contrôle, la police nationale a appréhendé dix individus en possession de "
     "produits stupéfiants à Koudougou.", ARRESTS, 0),
    ("Le présumé cerveau de l'attaque de Dori a été appréhendé par les forces spéciales à Kantchari.", ARRESTS, 0),
    ("Des militaires ont procédé à des interpellations massives de jeunes Peuls au marché de Sofara.",
     ARRESTS, 0),
    ("Un activiste connu pour ses critiques contre la transition a été placé en garde à vue à Bamako.",
     ARRESTS, 0),
    # ---- abductions
    ("Dans la nuit de lundi, des inconnus armés ont enlevé le chef de village de Kerena et l'ont emmené vers une "
     "destination inconnue.", ABDUCT, 0),
    ("Le préfet de Diguel, enlevé la semaine dernière par des hommes armés, est toujours entre les mains de ses "
     "ravisseurs.", ABDUCT, 0),
    ("Vingt-trois passagers d'un car ont été pris en otage par des hommes armés entre Bandiagara et Bankass.",
     ABDUCT, 0),
    ("L'enlèvement d'un médecin par des hommes armés à Niono suscite l'émoi dans la ville.", ABDUCT, 0),
    ("Des jihadistes ont capturé deux commerçants sur la route de Gorom-Gorom et exigent une rançon.", ABDUCT, 0),
    ("Trois femmes ont été enlevées puis relâchées par des hommes armés près de Kaya.", ABDUCT, 0),
    ("L'enlèvement de quatre agents municipaux par des hommes armés près de Tominian a été confirmé par le maire.",
     ABDUCT, 0),
    ("Le rapt du maire de Bourem par des individus armés inquiète la population.", ABDUCT, 0),
    # ---- looting, burning of shops and granaries
    ("Des terroristes ont mis le feu au marché de Mansila, réduisant en cendres une centaine de boutiques.",
     LOOT, 0),
    ("Le grenier communautaire de Bani a été réduit en cendres par des individus armés.", LOOT, 0),
    ("Des hommes armés ont vidé les boutiques du marché de Djibasso de leurs marchandises avant de les incendier.",
     LOOT, 0),
    ("Les assaillants ont fait main basse sur le bétail et les vivres des habitants de Namsiguia.", LOOT, 0),
    ("L'incendie du marché de Sebba par des terroristes a causé des pertes énormes aux commerçants.", LOOT, 0),
    ("Des jihadistes ont saccagé les installations de téléphonie mobile et incendié le pylône à Dianké.", LOOT, 0),
    ("Les bandits ont dépouillé les voyageurs de leurs biens et de leurs téléphones avant de les relâcher, près "
     "de Fada N'Gourma.", LOOT, 0),
    ("Des boutiques ont été pillées et incendiées par des individus armés au marché de Titao.", LOOT, 0),
    ("Les récoltes de plusieurs familles ont été brûlées par des hommes armés à Diabaly.", LOOT, 0),
    ("Une vingtaine de motos ont été emportées par les assaillants à Kassela.", LOOT, 0),
    ("L'incendie de l'école de Toulfé par des terroristes prive plus de trois cents élèves de cours.", LOOT, 0),
    ("Le pillage de l'entrepôt du PAM à Djibo par des hommes armés a privé des milliers de déplacés de vivres.",
     LOOT, 0),
    ("La destruction du pont de Tongomayel par des terroristes isole plusieurs villages.", LOOT, 0),
    # ---- explosive devices on roads
    ("L'axe Kaya-Dori de nouveau endeuillé : un minibus a sauté mardi sur un engin explosif à hauteur de "
     "Pissila. Le bilan fait état de sept morts.", IED, 7),
    ("Un tracteur transportant des cultivateurs a roulé sur un engin explosif improvisé dans la commune de "
     "Diallassagou ; quatre personnes sont mortes.", IED, 4),
    ("La déflagration d'une mine a soufflé un véhicule de la gendarmerie près de Dori, tuant trois gendarmes.",
     IED, 3),
    ("Les EEI posés par les terroristes sur l'axe Boni-Hombori ont fait deux nouvelles victimes : deux "
     "conducteurs de moto ont péri lundi.", IED, 2),
    ("Un véhicule de transport de marchandises a été soufflé par une mine près d'Ansongo ; le chauffeur est "
     "mort sur le coup.", IED, 1),
    ("L'explosion d'un engin au passage d'un camion-citerne a fait deux morts entre Gao et Ansongo.", IED, 2),
    # ---- drone and air strikes
    ("Des frappes de drones attribuées à l'armée ont touché jeudi un marché hebdomadaire à Amasrakad, faisant une "
     "dizaine de morts parmi les civils.", AIR, 10),
    ("Un aéronef de l'armée de l'air a pilonné une colonne de motos de terroristes près de Djibo.", AIR, 0),
    ("Les drones des FAMa ont frappé des positions rebelles à Tinzaouaten, tuant au moins cinq combattants.",
     AIR, 5),
    ("Le bombardement d'un campement nomade par un avion militaire près de Léré a fait treize morts.", AIR, 13),
    ("Un drone kamikaze a explosé sur un poste avancé de l'armée à Boulkessi, blessant trois soldats.", AIR, 0),
    ("Des drones armés du JNIM ont largué des engins explosifs sur le camp militaire de Djibo.", AIR, 0),
    ("Le camp de Boulkessi a subi mardi une attaque aux drones du JNIM, qui a blessé deux soldats.", AIR, 0),
    # ---- attacks on villages, mosques, markets, buses
    ("Jour de marché sanglant à Gorgadji : des hommes armés ont fait feu sur la foule, tuant au moins quinze "
     "personnes.", ATTACK, 15),
    ("Des assaillants ont encerclé la mosquée de Natiaboani pendant la prière de l'aube et tué une quinzaine de "
     "fidèles.", ATTACK, 15),
    ("Un car de la compagnie Sonef a été mitraillé par des hommes armés près de Boni : six passagers ont été "
     "tués.", ATTACK, 6),
    ("Des individus armés ont arrêté un bus de voyageurs près de Ouahigouya, fait descendre les passagers et "
     "exécuté sept d'entre eux.", ATTACK, 7),
    ("Des hommes armés ont semé la terreur dans le village de Tin-Hama, tuant six bergers et emportant leur "
     "bétail.", ATTACK, 6),
    ("Quatre fidèles ont été tués lorsque des hommes armés ont ouvert le feu dans une église d'Essakane.",
     ATTACK, 4),
    ("Des hommes armés ont fait irruption au marché à bétail de Kouri et ont abattu neuf commerçants.", ATTACK, 9),
    ("Tuerie de Kiembara : des hommes armés ont exécuté onze membres d'une même famille.", ATTACK, 11),
    ("Massacre à Djibo : une soixantaine de civils tués par des assaillants dans un quartier de la ville.",
     ATTACK, 60),
    ("Carnage sur la route de Djibo : des jihadistes ont tendu une embuscade à des camions de commerçants et tué "
     "quatorze civils.", ATTACK, 14),
    ("Plusieurs maisons ont été incendiées et trois personnes tuées lors de l'incursion d'hommes armés à Kossi.",
     ATTACK, 3),
    ("Le mitraillage d'un véhicule de transport près de Diapaga par des bandits a fait trois morts.", ATTACK, 3),
    ("L'attaque d'un bus par des hommes armés près de Kantchari a fait cinq morts parmi les passagers.", ATTACK, 5),
    ("Un conducteur de tricycle a été froidement exécuté par des individus armés à l'entrée de Titao.",
     ATTACK, 1),
    # ---- battles
    ("L'embuscade contre un convoi de l'armée près de Tassiga a coûté la vie à six soldats.", CLASH, 6),
    ("Les VDP de Kantchari ont mis en échec une attaque des terroristes, tuant cinq d'entre eux.", CLASH, 5),
    ("Les combattants du CSP et les FAMa se sont livré de violents combats toute la journée près de Ber.",
     CLASH, 0),
    ("Deux militaires ont succombé à leurs blessures après un accrochage avec des hommes armés à Farabougou.",
     CLASH, 2),
    ("Dozos et jihadistes se sont opposés dans la nuit près de Macina ; le bilan est de sept morts.", CLASH, 7),
    ("Une position de l'armée a essuyé une attaque à Sama dans la nuit ; quatre soldats ont été tués.", CLASH, 4),
    # ---- territory, changes, agreements, mob violence
    ("Les terroristes ont investi la localité de Tin-Akoff après le retrait de l'armée, sans rencontrer de "
     "résistance.", NVT, 0),
    ("La ville de Boni est tombée aux mains du JNIM après deux jours de combats.", NSA, 0),
    ("Les habitants de Farabougou et les jihadistes de la Katiba Macina ont conclu un accord de paix local sous "
     "l'égide des chefs religieux.", AGREEMENT, 0),
    ("Un voleur de bétail présumé a été tué par des villageois en colère à Koro.", MOB, 1),
    ("Deux jeunes filles ont été violées par des hommes armés à Kompienga.", SEXUAL, 0),
    ("Une adolescente a subi des violences sexuelles de la part de miliciens près de Bankass.", SEXUAL, 0),
    # ---- crowds that riot or fight, complex assaults, empty posts, villages held by a militia, shots in the air
    ("Des jeunes de Kati ont pris d'assaut le commissariat de police et l'ont incendié après la mort d'un "
     "motocycliste lors d'un contrôle.", RIOT, 0),
    ("Des grévistes ont agressé des commerçants qui avaient ouvert leurs boutiques au grand marché de Sikasso.",
     RIOT, 0),
    ("Les manifestants ont molesté un policier devant la mairie de Koudougou.", RIOT, 0),
    ("Des affrontements entre jeunes de deux quartiers rivaux ont fait deux morts à Bobo-Dioulasso.", MOB, 2),
    ("Un kamikaze a fait exploser son véhicule à l'entrée du camp de Boulkessi, puis les assaillants ont donné "
     "l'assaut au camp. Dix soldats ont été tués.", CLASH, 10),
    ("Les terroristes ont attaqué le poste de police de Mansila, qui était déjà abandonné, et l'ont incendié.",
     LOOT, 0),
    ("Des éléments de l'EIGS ont attaqué le village d'Inékar, tenu par le MSA, faisant une vingtaine de morts.",
     ATTACK, 20),
    ("Des hommes armés ont effectué des tirs en l'air à l'entrée de Ménaka dans la nuit, semant la panique.",
     CHANGE, 0),
    # ---- the verb « frappe » is no strike; a shooting that also threw grenades; a unit named for reconquest
    ("L'insécurité frappe durement la commune de Djibo : des hommes armés ont tué trois bergers dimanche.",
     ATTACK, 3),
    ("Le terrorisme frappe à nouveau Ouahigouya : un commerçant a été abattu par des inconnus.", ATTACK, 1),
    ("Un homme armé a ouvert le feu sur les clients d'un maquis de Kaya avant de lancer une grenade dans la rue ; "
     "trois personnes ont été tuées.", ATTACK, 3),
    ("Des assaillants ont tiré sur la foule puis lancé des grenades au marché de Gao, faisant quatre morts.",
     ATTACK, 4),
    ("Une unité de la force de reconquête a été attaquée près de Kaya ; cinq militaires ont été tués.", CLASH, 5),
    # ---- headline and lead dépêches, blockades, ransoms, networks dismantled, fighters named, people burned
    ("Mali : l'armée dit avoir repoussé une attaque à Nara. Des terroristes ont attaqué mercredi le camp militaire "
     "de Nara, a indiqué l'armée, qui affirme avoir neutralisé une quinzaine d'assaillants. Deux soldats ont été "
     "blessés. En juillet dernier, une attaque similaire avait visé la ville.", CLASH, 15),
    ("Burkina : une dizaine de civils tués dans l'Est. Des individus armés ont attaqué dimanche le village de "
     "Tanwalbougou, tuant au moins dix civils, a appris l'AFP de sources locales. « Ils sont arrivés vers 17 heures "
     "et ont tiré sur tout ce qui bougeait », a raconté un habitant. La région de l'Est est depuis 2018 le théâtre "
     "d'attaques attribuées au JNIM.", ATTACK, 10),
    ("Kidal : des frappes de drones font plusieurs victimes. Des frappes de drones ont visé samedi un "
     "rassemblement à Kidal, tuant au moins six personnes, selon des sources locales. L'armée malienne a "
     "revendiqué des frappes « ciblées » contre des « terroristes ». Les rebelles dénoncent un crime de guerre.",
     AIR, 6),
    ("Niono : des greniers incendiés et du bétail emporté. Dans la nuit de mardi, des hommes armés ont fait "
     "irruption dans le village de Dogofry, ont incendié des greniers et emporté des dizaines de têtes de bétail, "
     "selon un élu local. Aucune victime n'a été signalée. Les habitants réclament la présence de l'armée.",
     LOOT, 0),
    ("Bobo-Dioulasso : grève des boulangers. Les boulangers de Bobo-Dioulasso ont entamé lundi une grève de trois "
     "jours pour protester contre la hausse du prix de la farine. La police a été déployée devant certaines "
     "boulangeries.", PEACEFUL, 0),
    ("Sikasso : un convoi de camions-citernes attaqué. Des hommes armés ont attaqué jeudi un convoi de "
     "camions-citernes escorté par l'armée près de Kadiolo, incendiant une dizaine de véhicules. Le bilan humain "
     "n'est pas connu.", CLASH, 0),
    ("Le convoi de camions-citernes qui ravitaillait Bamako a été incendié par des hommes armés près de "
     "Kati, sans escorte ; les chauffeurs ont fui.", LOOT, 0),
    ("Dans un message audio, un chef de la katiba Macina a annoncé l'interdiction de la circulation des véhicules "
     "sur l'axe Ségou-Bamako.", CHANGE, 0),
    ("Le JNIM a décrété un blocus sur les importations de carburant vers Bamako, selon un communiqué du groupe.",
     CHANGE, 0),
    ("Les ravisseurs des trois religieuses enlevées à Koutiala réclament une rançon de 500 millions de francs CFA.",
     ABDUCT, 0),
    ("Une patrouille de la garde nationale a été prise en embuscade près de Niono ; trois gardes ont été tués et "
     "deux autres portés disparus.", CLASH, 3),
    ("L'explosion a retenti vers 8 heures au passage d'un bus de la société Diarra Transport près de Sévaré ; "
     "le bilan est de six morts.", IED, 6),
    ("Les villageois de Tagou ont été chassés de leurs terres par des hommes armés qui ont brûlé leurs cases.",
     LOOT, 0),
    ("Des militants de la société civile ont été enlevés par des hommes encagoulés à Bamako.", ABDUCT, 0),
    ("La gendarmerie a démantelé un réseau de trafiquants d'armes à Niono et saisi une vingtaine de fusils.",
     ARRESTS, 0),
    ("Le poste de douane de Yendéré a été incendié par des individus armés dans la nuit ; les douaniers "
     "avaient quitté les lieux.", LOOT, 0),
    ("Les agents de santé de l'hôpital de Gao ont entamé un sit-in illimité pour réclamer leurs primes.",
     PEACEFUL, 0),
    ("Les jeunes de Tessalit ont manifesté contre la présence des forces de la MINUSMA, bloquant l'accès à "
     "l'aéroport.", RIOT, 0),
    ("Des heurts ont opposé des manifestants aux forces de l'ordre à Ségou ; plusieurs véhicules ont été "
     "incendiés.", RIOT, 0),
    ("Les cinq otages enlevés à Léré ont été libérés contre rançon, selon un notable.", AGREEMENT, 0),
    ("Des combattants ont tiré sur un véhicule près de Boni.", ATTACK, 0),
    ("Les douaniers ont saisi une dizaine de fusils de chasse à Koury.", DISRUPTED, 0),
    # ---- abuses and killings named by a noun, fighters put to flight, bridges blown up, robberies, beatings
    ("Des exactions ont été commises contre des civils peuls par des hommes armés dans le village de Ouenkoro.",
     ATTACK, 0),
    ("La tuerie de Djibasso : des hommes armés ont ouvert le feu sur des villageois réunis pour un baptême.",
     ATTACK, 0),
    ("Carnage à Tin-Akoff : des hommes armés ont abattu une vingtaine d'orpailleurs.", ATTACK, 20),
    ("Le meurtre d'un chef coutumier par des hommes armés à Djibo suscite l'indignation.", ATTACK, 1),
    ("Les VDP de Sebba ont mis en fuite des terroristes qui tentaient de s'infiltrer dans la ville.", CLASH, 0),
    ("Les assaillants ont été mis en fuite par la riposte des gendarmes de Dori.", CLASH, 0),
    ("Des individus armés ont fait sauter un pont sur la route de Djibo.", IED, 0),
    ("Marche des femmes à Sévaré pour la paix. Des centaines de femmes ont défilé lundi dans les rues de Sévaré.",
     PEACEFUL, 0),
    ("Les cheminots ont déclenché un mouvement de débrayage pour exiger le paiement de leurs salaires à Kayes.",
     PEACEFUL, 0),
    ("L'ancien maire de Kati a été incarcéré à la maison d'arrêt de Bamako.", ARRESTS, 0),
    ("Les soldats ont été accueillis par des tirs nourris à l'entrée de Farabougou ; deux militaires ont été "
     "blessés.", CLASH, 0),
    ("Un groupe de jihadistes a fait irruption lors d'une cérémonie de mariage à Tiguila et ont enlevé le marié.",
     ABDUCT, 0),
    ("Des coupeurs de route ont dépouillé des commerçants et incendié leur camion près de Kantchari.", LOOT, 0),
    ("Une embarcation transportant des passagers a été attaquée sur le fleuve Niger près de Gourma-Rharous ; "
     "dix passagers ont été tués.", ATTACK, 10),
    ("Des terroristes ont égorgé un imam et ses deux fils dans leur concession à Boulsa.", ATTACK, 3),
    ("Une fillette a été tuée par une balle perdue lors d'un échange de tirs entre militaires et assaillants à "
     "Kaya.", CLASH, 1),
    ("Les forces de sécurité ont dispersé un rassemblement de partisans de l'imam Dicko devant la mosquée de "
     "Badalabougou.", INTERVENTION, 0),
    ("Des militaires ont violenté des commerçants au marché de Diabaly, selon des témoins.", ATTACK, 0),
    ("Des hommes armés ont tabassé et dépouillé des voyageurs sur l'axe Ségou-Macina.", ATTACK, 0),
    ("La gendarmerie a arrêté trois présumés membres d'une bande de coupeurs de route près de Kantchari.",
     ARRESTS, 0),
    ("Une attaque à main armée a eu lieu dans une boutique de Koutiala ; les malfaiteurs ont emporté la recette.",
     LOOT, 0),
    # ---- gunships and their fire, vehicles destroyed by charges, roads blocked (passive), killings by soldiers
    ("Des tirs d'hélicoptère ont tué quatre orpailleurs sur le site de Ntahaka, selon des témoins.", AIR, 4),
    ("Des hélicoptères de combat ont mitraillé un campement près de Tessit, faisant trois morts.", AIR, 3),
    ("Un avion de chasse a largué des bombes sur une base terroriste dans la forêt du Sourou.", AIR, 0),
    ("Les FAMa et leurs partenaires russes ont tué des dizaines de civils lors d'une opération à Moura, selon des "
     "témoins.", ATTACK, 12),
    ("Un VDP a été abattu par des hommes armés alors qu'il travaillait dans son champ à Kantchari.", CLASH, 1),
    ("Des hommes armés ont prêché dans la mosquée de Dinangourou et sommé les femmes de porter le voile.",
     CHANGE, 0),
    ("Un véhicule de l'armée a été endommagé par un engin explosif près de Ansongo.", IED, 0),
    ("Deux camions de la MINUSMA ont été détruits par des engins explosifs improvisés près de Tessalit.", IED, 0),
    ("Les habitants de Bourem ont manifesté leur colère après l'assassinat de deux jeunes par des hommes armés ; "
     "la route nationale a été bloquée.", RIOT, 0),
    ("Des militaires ont ouvert le feu sur des orpailleurs qui refusaient d'obtempérer à Kalana, tuant deux "
     "d'entre eux.", ATTACK, 2),
    ("Deux policiers ont été blessés lors d'une course-poursuite avec des braqueurs à Ouagadougou.", CLASH, 0),
    ("Des assaillants non identifiés ont attaqué à l'arme blanche une famille à Ouahigouya, tuant le père.",
     ATTACK, 1),
    ("Une grenade a explosé dans un maquis de Bobo-Dioulasso, faisant deux blessés.", GRENADE, 0),
    ("Un engin explosif dissimulé dans un sac a explosé au marché de Mopti, tuant trois personnes.", IED, 3),
    ("L'armée a détruit à l'aide de frappes aériennes un pont utilisé par les terroristes près de Léré.", AIR, 0),
    ("Des éléments de la katiba Serma ont intercepté un car près de Boni et obligé les passagers à descendre "
     "avant d'incendier le véhicule.", LOOT, 0),
    # ---- goods seized (« se sont emparés de »), people held, commemorations, sweeps that only arrest, claims
    ("Des hommes armés se sont emparés de trois motos et de l'argent des commerçants à Djibasso.", LOOT, 0),
    ("Les jihadistes se sont emparés des vivres destinés aux déplacés de Djibo.", LOOT, 0),
    ("Des assaillants ont razzié le bétail des éleveurs de la commune de Nampala.", LOOT, 0),
    ("Des hommes armés ont vidé les greniers des habitants de Tonka et emporté les récoltes.", LOOT, 0),
    ("Plusieurs boutiques et un magasin de céréales ont été calcinés après le passage d'hommes armés à "
     "Sollé.", LOOT, 0),
    ("Des individus armés ont extorqué de l'argent aux passagers d'un car sur l'axe Bobo-Dioulasso-Banfora.", LOOT, 0),
    ("Le village de Bidi a été entièrement brûlé par des hommes armés, qui n'ont fait aucune victime.", LOOT, 0),
    ("Trois bergers ont été tués à bout portant par des hommes armés près de Nara.", ATTACK, 3),
    ("Deux commerçants ont été tués à l'arme blanche par des inconnus au marché de Niono.", ATTACK, 2),
    ("Une charge explosive placée sous un ponceau a explosé au passage d'un convoi de l'armée près de Mora, sans "
     "faire de victimes.", IED, 0),
    ("Une mine anti-char a détruit un camion de marchandises sur l'axe Gao-Ménaka ; deux occupants ont péri.",
     IED, 2),
    ("L'aviation a mené des frappes chirurgicales contre des repaires terroristes dans la forêt de Wagadou.",
     AIR, 0),
    ("Un raid de drone a visé une réunion de chefs jihadistes près de Boulikessi.", AIR, 0),
    ("Des tirs de mortier ont visé la ville de Gao dans la nuit, blessant trois civils.", SHELL, 0),
    ("Des roquettes se sont abattues sur le quartier de Château à Gao, tuant deux enfants.", SHELL, 2),
    ("Le maire de Gossi a été retenu plusieurs jours par des hommes armés avant d'être relâché.", ABDUCT, 0),
    ("Un commerçant a été emmené de force dans la brousse par des individus armés à Koutiala.", ABDUCT, 0),
    ("Des hommes armés ont séquestré une dizaine de passagers sur la route de Tominian.", ABDUCT, 0),
    ("Un enseignant est porté disparu depuis qu'il a été interpellé par des hommes armés à Kombori.", ABDUCT, 0),
    ("Le journaliste a été écroué à la maison centrale d'arrêt de Bamako.", ARRESTS, 0),
    ("Deux syndicalistes ont été placés sous mandat de dépôt à Ouagadougou.", ARRESTS, 0),
    ("Un imam soupçonné de prêcher la violence a été interpellé à son domicile à Tombouctou.", ARRESTS, 0),
    ("Les transporteurs ont observé un arrêt de travail de 48 heures à Kayes pour dénoncer le racket sur les routes.",
     PEACEFUL, 0),
    ("Une marche blanche a été organisée à Ouahigouya en mémoire des victimes de l'attaque de Thiou.", PEACEFUL, 0),
    ("Les populations de Kaya ont observé une journée ville morte pour protester contre les enlèvements.",
     PEACEFUL, 0),
    ("Les militants du parti ont tenu un rassemblement devant le siège à Bamako pour exiger la libération de leur "
     "président.", PEACEFUL, 0),
    ("Des femmes ont bloqué la route nationale à Sofara avec des branchages pour protester contre l'enlèvement de "
     "leurs maris.", RIOT, 0),
    ("Le JNIM informe l'opinion que ses moudjahidines ont mené une opération contre les forces du régime à "
     "Boulkessi, tuant dix soldats et saisissant des armes.", CLASH, 10),
    ("Dans une vidéo, l'État islamique revendique l'exécution de trois chrétiens capturés près de Dori.", ATTACK, 3),
    ("Le CSP-DPA informe l'opinion nationale et internationale que ses positions à Ber ont été attaquées ce "
     "matin par les FAMa et leurs supplétifs de Wagner. Les combats se poursuivent.", CLASH, 0),
    ("Le 12 mars, des individus armés non identifiés ont incendié l'école du village de Ségué, dans la commune de "
     "Dinangourou. Cet incident porte à plus de 1 700 le nombre d'écoles fermées dans le pays.", LOOT, 0),
    ("Selon les autorités locales, plus de 5 000 personnes ont fui Djibo depuis l'attaque du 3 mars, au cours de "
     "laquelle des hommes armés ont tué quarante civils.", ATTACK, 40),
    ("Ouahigouya, 10 mai 2024 – Le village de Bouro a été la cible d'une attaque terroriste jeudi. Des dizaines de "
     "civils, dont des femmes et des enfants, ont été tués, selon des sources locales. Les assaillants ont "
     "également emporté du bétail. Le nord du Burkina est le théâtre d'attaques récurrentes depuis 2015.", ATTACK, 12),
    ("Tombouctou, 5 avril 2024 – Les populations de Léré vivent dans la peur. Mardi, des hommes armés ont enlevé "
     "cinq commerçants sur la route du marché, selon un élu. En janvier, deux autres commerçants avaient été "
     "tués sur le même axe.", ABDUCT, 0),
    ("Les forces de défense et de sécurité ont interpellé dans la nuit de dimanche une vingtaine de personnes "
     "lors d'une opération de ratissage à Sabcé. Des armes ont été saisies.", ARRESTS, 0),
    ("Une unité des FAMa a été victime d'une attaque complexe à Tessit. Le bilan provisoire fait état de vingt "
     "militaires tués.", CLASH, 20),
    ("Un chef djihadiste a été tué par les militaires lors d'une opération près de Sirakoro.", CLASH, 1),
    ("Des hommes armés ont fait exploser le pont de Kakoli, sur l'axe Gorom-Gorom-Dori.", IED, 0),
    # ---- arson, charges destroyed or neutralised (not fighters), flash items, group media, ransoms
    ("Un incendie criminel a ravagé le marché de Ségou dans la nuit ; plus de deux cents boutiques sont parties "
     "en fumée.", LOOT, 0),
    ("Les FAMa ont procédé à la destruction d'un engin explosif improvisé découvert sur l'axe Sévaré-Douentza.",
     DISRUPTED, 0),
    ("Des manifestants ont lapidé un véhicule de la police à Kayes.", RIOT, 0),
    ("Le camp de la MINUSMA à Kidal a essuyé une attaque au mortier ce matin ; aucun blessé n'est à déplorer.",
     SHELL, 0),
    ("Des éleveurs et des agriculteurs se sont affrontés à coups de machettes à Ouenkoro ; trois personnes ont "
     "été tuées.", CLASH, 3),
    ("La tentative de coup d'État a été déjouée et une dizaine d'officiers ont été arrêtés, selon le "
     "gouvernement.", ARRESTS, 0),
    ("Az-Zallaqa, le média du JNIM, affirme que les moudjahidines ont abattu un drone de l'armée près de Léré.",
     CLASH, 0),
    ("Radio Jamana : trois bergers enlevés près de Nara. Des hommes armés ont emmené trois bergers et leurs "
     "troupeaux lundi près de Nara.", ABDUCT, 0),
    ("Flash info : explosion au passage d'un convoi près de Gossi, deux soldats tués.", IED, 2),
    ("Communiqué du gouvernement : suite à l'attaque terroriste de Barsalogho, un deuil national de 72 heures est "
     "décrété. L'attaque a fait une centaine de morts parmi les civils.", ATTACK, 100),
    ("Des terroristes ont attaqué le village de Bouro et ont conduit une trentaine d'hommes en brousse, où ils "
     "les ont exécutés.", ATTACK, 30),
    ("Les populations de Mansila sont soumises à un blocus depuis des mois : les jihadistes empêchent toute "
     "entrée de vivres et ont détruit le pont d'accès.", LOOT, 0),
    ("Des individus armés ont mis le feu à la maison du chef de canton de Diapaga avant de prendre la fuite.",
     LOOT, 0),
    ("Un incendie a détruit la mairie de Tin-Akoff après le passage des jihadistes.", LOOT, 0),
    ("Des bandits ont pris en otage le personnel d'une mine d'or près de Kéniéba et exigent une rançon.",
     ABDUCT, 0),
    ("Des hommes armés ont dévalisé la caisse populaire de Barsalogho et emporté plusieurs millions de francs.",
     LOOT, 0),
    ("Les travailleurs de la mine de Morila observent un sit-in pour réclamer leurs indemnités.", PEACEFUL, 0),
    ("Le corps d'un commerçant enlevé à Kayes a été retrouvé criblé de balles.", ATTACK, 1),
    ("Les démineurs ont neutralisé un engin explosif près de Gao.", DISRUPTED, 0),
    ("Les démineurs ont procédé à la neutralisation de trois engins explosifs près de Gao.", DISRUPTED, 0),
    # ---- long reports with quotes and background, situation reports listing days, disarmament
    ("Bamako, 12 mai 2024 – Des centaines de commerçants ont manifesté lundi devant le ministère du Commerce pour "
     "protester contre les pénuries de carburant. « Nous ne pouvons plus travailler », a déclaré un manifestant. "
     "Depuis septembre, le JNIM impose un blocus sur les importations de carburant et a incendié des dizaines de "
     "camions-citernes sur les routes du sud.", PEACEFUL, 0),
    ("Fada N'Gourma, 20 avril 2024 – Au moins sept personnes ont été tuées samedi dans l'explosion d'un engin "
     "artisanal au passage d'un tricycle près de Matiacoali, ont indiqué des sources locales. « Le tricycle "
     "transportait des femmes qui revenaient du marché », a précisé un conseiller municipal. L'Est du pays est "
     "régulièrement touché par des attaques attribuées aux groupes jihadistes, qui posent des mines sur les "
     "routes.", IED, 7),
    ("Situation sécuritaire au 15 avril. Le 12 avril, des hommes armés ont incendié les greniers du village de "
     "Yorsala. Le 13 avril, une attaque contre un poste de gendarmerie à Ténenkou a fait deux morts parmi les "
     "gendarmes. Le 14 avril, un engin explosif a tué trois civils près de Bandiagara.", LOOT, 0),
    ("Mopti, 9 février 2024 – Un notable a été assassiné jeudi soir à son domicile de Sévaré par des individus "
     "non identifiés, a-t-on appris de sources concordantes. Il avait reçu des menaces ces derniers mois. Les "
     "assassinats ciblés de responsables locaux se multiplient dans la région depuis 2019.", ATTACK, 1),
    ("Communiqué de l'état-major général des armées. L'état-major informe que, dans la nuit du 6 au 7 mai, une "
     "unité déployée à Dori a été la cible d'une attaque terroriste. La réaction vigoureuse des soldats a permis "
     "de repousser les assaillants. Le bilan provisoire fait état de cinq soldats tombés et d'une dizaine de "
     "terroristes neutralisés. Des opérations de sécurisation sont en cours dans la zone.", CLASH, 15),
    ("Ménaka : l'EIGS revendique l'assassinat de deux chefs de fraction. L'État islamique a revendiqué jeudi "
     "l'assassinat de deux chefs de fraction touareg, tués la semaine dernière près d'Anderamboukane, selon un "
     "communiqué relayé par ses canaux de propagande.", ATTACK, 2),
    ("Les habitants du quartier de Sikoroni ont érigé des barricades et brûlé des pneus après l'arrestation d'un "
     "imam par la police, mardi à Bamako. Les forces de l'ordre ont fait usage de gaz lacrymogène.", RIOT, 0),
    ("Les leaders religieux de Djenné ont obtenu la libération des otages détenus par la katiba Macina, après "
     "des négociations.", AGREEMENT, 0),
    ("Un groupe de dozos a été désarmé par l'armée à Bankass, selon des sources locales.", CHANGE, 0),
    # ---- headline-only items named by a noun
    ("Enlèvement de deux humanitaires à Ménaka par des hommes armés", ABDUCT, 0),
    ("Incendie de greniers par des hommes armés à Koro", LOOT, 0),
    ("Explosion d'une mine au passage d'un camion à Gossi : trois morts", IED, 3),
    ("Frappe de drone à Kidal : quatre morts", AIR, 4),
    ("Arrestation d'un journaliste à Bamako par la sécurité d'État", ARRESTS, 0),
    ("Saccage de la mairie de Kaya par des manifestants en colère", RIOT, 0),
    ("Libération de trois otages à Gao après des négociations", AGREEMENT, 0),
    # ---- protests put down: repressed, charged, broken up, protesters arrested, tear-gas grenades, shot
    ("La marche des enseignants a été réprimée par la police à Ouagadougou.", INTERVENTION, 0),
    ("La police a chargé les manifestants devant la Bourse du travail à Bamako.", INTERVENTION, 0),
    ("Les forces de l'ordre ont procédé à l'interpellation d'une vingtaine de manifestants à Kayes.",
     INTERVENTION, 0),
    ("Un sit-in des étudiants a été violemment dispersé à Bobo-Dioulasso.", INTERVENTION, 0),
    ("Les gendarmes ont fait usage de grenades lacrymogènes pour disperser des manifestants à Kati.",
     INTERVENTION, 0),
    ("Des manifestants ont été blessés par balles lors de la répression d'une marche à Kayes.", FORCE, 0),
    # ---- riots and popular justice: crowds that set upon the police, drive out an official, kill a suspect
    ("Des jeunes ont pris à partie des policiers lors d'une manifestation à Koudougou.", RIOT, 0),
    ("Les populations ont chassé le préfet de Djibo et incendié sa résidence.", RIOT, 0),
    ("Des habitants ont tué un présumé voleur de bétail à coups de gourdin à Ségou.", MOB, 1),
    ("Des supporters ont affronté la police après un match à Bamako ; plusieurs véhicules ont été endommagés.",
     MOB, 0),
    ("La manifestation des commerçants a dégénéré à Kayes : des boutiques ont été vandalisées.", RIOT, 0),
    ("Une foule a incendié le véhicule d'un chauffeur qui avait renversé un enfant à Sikasso.", RIOT, 0),
    # ---- places left and taken with no fight, camps evacuated, truces, surrenders
    ("Les FAMa se sont retirées du camp de Ber, qui a été occupé par les combattants de la CMA.", NVT, 0),
    ("Le camp militaire de Léré a été évacué par l'armée.", NVT, 0),
    ("Le JNIM a annoncé une trêve avec les milices dozos dans le cercle de Macina.", AGREEMENT, 0),
    ("Les terroristes ont levé le blocus de Djibo après des négociations avec les notables.", AGREEMENT, 0),
    ("Plus de cinquante combattants de l'EIGS se sont rendus aux autorités à Ménaka.", CHANGE, 0),
    # ---- sexual violence told with an article, an adverb or as forced marriage; abductions by men in uniform
    ("Une femme a été victime d'un viol collectif par des hommes armés près de Kaya.", SEXUAL, 0),
    ("Des jeunes filles enlevées ont été abusées sexuellement par leurs ravisseurs près de Djibo.", SEXUAL, 0),
    ("Des femmes ont été soumises à des mariages forcés par des jihadistes dans la région de Ménaka.", SEXUAL, 0),
    ("Un élève a été agressé sexuellement par un militaire à Kidal.", SEXUAL, 0),
    ("Un commerçant a été enlevé par des hommes en uniforme à Bamako et reste introuvable.", ABDUCT, 0),
    ("Des hommes armés ont kidnappé le fils d'un commerçant et réclament une rançon à sa famille à Sikasso.",
     ABDUCT, 0),
    # ---- charges set off, vehicles torn apart by mines, shells and rockets fired
    ("Un minibus a été pulvérisé par une mine sur l'axe Sollé-Titao ; le bilan est de neuf morts.", IED, 9),
    ("Deux camions ont été détruits par une mine près de Boni.", IED, 0),
    ("Un engin explosif improvisé a été actionné au passage d'une patrouille près de Boni, tuant deux soldats.",
     IED, 2),
    ("Une moto piégée a explosé devant le commissariat de Gao, blessant trois policiers.", IED, 0),
    ("Des terroristes ont tiré des obus sur le camp de déplacés de Barsalogho, tuant deux enfants.", SHELL, 2),
    ("Plusieurs roquettes ont été tirées sur l'aéroport de Gao, sans faire de victimes.", SHELL, 0),
    # ---- beatings: by a crowd, popular justice; by soldiers, an attack
    ("Des militaires ont passé à tabac des commerçants accusés de ravitailler les jihadistes à Boni.", ATTACK, 0),
    ("Un voleur présumé a été passé à tabac par la foule au marché de Ségou.", MOB, 0),
    ("La foule a roué de coups un présumé voleur de moto à Kayes.", MOB, 0),
    # ---- tolls told by the way of killing, devices, a suicide bomber (« plusieurs morts »: ACLED's 10)
    ("Les FAMa ont neutralisé deux engins explosifs improvisés sur l'axe Boni-Hombori.", DISRUPTED, 0),
    ("Un bateau de la COMANAV a été la cible de tirs de roquettes près de Tombouctou, faisant plusieurs morts.",
     SHELL, 10),
    ("Un assaillant s'est fait sauter devant le poste de police de Dori, tuant deux policiers.", SUICIDE, 3),
    ("Des combattants du JNIM ont brûlé vif un chauffeur de camion près de Diéma.", ATTACK, 1),
    ("Un homme a été criblé de balles par des individus armés à Bankass.", ATTACK, 1),
    ("Des hommes armés ont fusillé cinq villageois devant la mosquée de Karakindé.", ATTACK, 5),
    ("Les corps criblés de balles de trois hommes ont été découverts près de Diabaly.", ATTACK, 3),
    ("Les militaires ont procédé à l'exécution sommaire de six civils au marché de Diallassagou, selon des témoins.",
     ATTACK, 6),
    ("Communiqué de l'état-major général des armées. Dans la journée du 15 avril, le vecteur aérien a effectué "
     "une frappe sur un regroupement de terroristes dans la zone de Toéni, neutralisant plusieurs dizaines "
     "d'entre eux. Le même jour, une unité terrestre a interpellé deux suspects à Tougan.", AIR, 12),
    ("Un jeune homme a été poignardé à mort par des inconnus dans le quartier de Tanghin, à Ouagadougou.",
     ATTACK, 1),
    ("L'assassinat du chef coutumier de Dinangourou par des hommes armés a provoqué la colère des habitants.",
     ATTACK, 1),
    ("Les forces armées ont mené une opération d'envergure dans la zone de Solenzo, mettant hors d'état de nuire "
     "une trentaine de terroristes.", CLASH, 30),
    ("Deux jeunes soupçonnés de vol ont été tabassés à mort par la foule au marché de Pouytenga.", MOB, 2),
]


@pytest.mark.parametrize(("text", "sub", "fatalities"), PROBES + REPORTS + OTHER_WAYS + TOLLS + KINDS + STYLES)
def test_french_probe(text: str, sub: str, fatalities: int) -> None:
    mentions = extract_mentions(text, PUB, "fr")
    assert mentions, text
    m = mentions[0]
    assert (m.sub_event_type, m.fatalities) == (sub, fatalities), text
    assert m.event_type == SUB_EVENT_TYPES[sub]


@pytest.mark.parametrize("text", [
    # threats, fears and warnings: nothing happened yet
    "Les terroristes menacent d'attaquer la ville de Djibo si le blocus n'est pas levé.",
    "Le gouverneur craint une attaque imminente contre la ville de Dori.",
    "Une éventuelle attaque contre la localité de Boni pourrait faire de nombreuses victimes, met en garde le maire.",
])
def test_french_threat_is_no_violence(text: str) -> None:
    mentions = extract_mentions(text, PUB, "fr")
    assert all(m.confidence < 0.3 or m.event_type not in ("Battles", "Violence against civilians")
               for m in mentions), [(m.sub_event_type, m.confidence) for m in mentions]
    assert all(m.fatalities == 0 for m in mentions)


@pytest.mark.parametrize(("text", "lang"), [
    ("Deux soldats ont été tués samedi près de Boni. Au total, quarante soldats ont été tués dans la région depuis le "
     "lancement de l'opération en janvier 2014.", "fr"),
    ("Two soldiers were killed near Boni on Saturday. Some forty soldiers have been killed in the region since the "
     "start of the operation in January 2014.", "en"),
])
def test_a_count_since_an_operation_began_is_no_event(text: str, lang: str) -> None:
    """« tués ... depuis le lancement de l'opération »: a running total over years, not an event dated to its start."""
    mentions = extract_mentions(text, PUB, lang)
    assert [m.location for m in mentions] == ["Boni"]


def test_a_lead_that_names_only_an_area_keeps_it_rather_than_a_town_told_later() -> None:
    """The lead's event in « la région de Ménaka »; Hombori, named after it for an earlier event elsewhere, is not
    this event's place."""
    text = ("Deux soldats ont été tués samedi par une mine dans la région de Ménaka. La semaine précédente, trois "
            "autres soldats avaient été tués près de Hombori.")
    first = extract_mentions(text, PUB, "fr")[0]
    assert first.location == "Ménaka"
