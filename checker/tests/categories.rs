//! One table a category, in French and English: each row is a reply that must produce a finding of
//! the category on the given text, or a near miss that must produce no error or warning at all.

use discret_checker::{check, Category, LangChoice, Request, Severity, Strictness};

/// A row: the reply, the review it answers (may be empty), the reviewer's public name, and the text
/// a finding of the category must overlap (`None` for a near miss that must stay silent).
struct Row {
    reply: &'static str,
    review: &'static str,
    reviewer: &'static str,
    flagged: Option<&'static str>,
}

const fn hit(reply: &'static str, flagged: &'static str) -> Row {
    Row { reply, review: "", reviewer: "Sophie M.", flagged: Some(flagged) }
}

const fn hit_after(review: &'static str, reply: &'static str, flagged: &'static str) -> Row {
    Row { reply, review, reviewer: "Sophie M.", flagged: Some(flagged) }
}

const fn hit_for(reviewer: &'static str, reply: &'static str, flagged: &'static str) -> Row {
    Row { reply, review: "", reviewer, flagged: Some(flagged) }
}

const fn silent(reply: &'static str) -> Row {
    Row { reply, review: "", reviewer: "Sophie M.", flagged: None }
}

const fn silent_for(reviewer: &'static str, reply: &'static str) -> Row {
    Row { reply, review: "", reviewer, flagged: None }
}

const fn silent_after(review: &'static str, reply: &'static str) -> Row {
    Row { reply, review, reviewer: "Sophie M.", flagged: None }
}

fn run(category: Category, lang: LangChoice, rows: &[Row]) {
    for row in rows {
        let request = Request {
            reply: row.reply.into(),
            review: (!row.review.is_empty()).then(|| row.review.into()),
            reviewer: Some(row.reviewer.into()),
            lang,
            strictness: Strictness::Standard,
            ..Request::default()
        };
        let report = check(&request);
        let counted: Vec<_> = report.findings.iter().filter(|finding| finding.severity >= Severity::Warning).collect();
        match row.flagged {
            Some(text) => {
                let start = row.reply.find(text).unwrap_or_else(|| panic!("{text:?} is not in {:?}", row.reply));
                let end = start + text.len();
                let found = counted.iter().any(|finding| {
                    finding.category == category && finding.byte_start < end && start < finding.byte_end
                });
                assert!(found, "{category} not found on {text:?} in {:?}; findings: {:#?}", row.reply, report.findings);
            }
            None => assert!(counted.is_empty(), "near miss {:?} was flagged: {:#?}", row.reply, counted),
        }
    }
}

#[test]
fn treatment_french() {
    run(
        Category::Treatment,
        LangChoice::Fr,
        &[
            // A reminder, and the care of a practice in general.
            silent("Petit rappel : les soins de podiatrie se réservent en ligne."),
            silent("Le ton au téléphone compte autant que la qualité des soins, et nous allons y être attentifs."),
            // A signature at the end of the line, after an emoji.
            silent("Merci beaucoup pour ce message 😊 Dr Morel, addictologie"),
            silent("Merci pour votre gentil mot ! Camille IDE"),
            silent("Je ne peux pas évoquer ici la prise en charge d'un enfant, mais je vous invite à m'appeler."),
            // The closing wish: « soin » is no care.
            silent("Merci pour votre message. Prenez bien soin de vous !"),
            hit("Prenez soin de votre pansement cette semaine.", "votre pansement"),
            // A signature from the secretariat with the surgeon's field.
            silent("Bonjour, merci pour votre message.\nSecretariat du Dr Morel, chirurgie du genou et de l'épaule"),
            // Care with an indefinite article, or as a setting, in a clause about no one.
            silent("Je ne peux pas parler ici d'une prise en charge particulière, mais je vous propose d'en discuter."),
            silent("C'est un point important à dire en séance, pour que le thérapeute puisse s'ajuster."),
            silent("La contention fait partie du traitement et se poursuit plusieurs années."),
            silent("Le remboursement dépend du type d'échographie et du terme."),
            silent("Les tarifs sont affichés : 80 € la séance de 45 minutes."),
            hit("Je vous ai proposé une séance de rattrapage.", "séance"),
            // The practice's sessions tied to the reader by « vos … pendant nos ».
            hit("Vos efforts pendant nos séances de sophrologie font plaisir à voir.", "séances"),
            // A practice named by its field as an adjective.
            silent("Merci Sophie ! Toute l'équipe du centre chiropratique de Montpellier vous remercie."),
            hit("Votre séance de chiropratique vous a soulagé.", "séance de chiropratique"),
            silent("Nos séances durent une heure."),
            // Home care that someone already has.
            hit("Votre mère a déjà un infirmier qui passe le soir.", "un infirmier qui passe"),
            silent("Une infirmière du cabinet vient renforcer l'équipe chaque lundi."),
            // Where to go in an emergency.
            silent("En cas d'urgence, appelez la maternité ou le 15."),
            hit("Votre séjour à la maternité s'est bien passé.", "maternité"),
            // A dental act on a tooth named by its number; the act in general is not.
            hit("La reconstitution de la 36 était indispensable.", "reconstitution de la 36"),
            silent("Une reconstitution demande souvent deux séances."),
            // A specialty inside the practice's name belongs to the practice, not to the reader.
            hit("Vos séances de kinésithérapie au cabinet Vauban sont terminées.", "séances de kinésithérapie"),
            silent_after(
                "Cardiologue compétent mais expéditif.",
                "Pour en parler, contactez le secrétariat du cabinet de cardiologie Pasteur.",
            ),
            // A surgeon's opinion asked for the reader.
            hit("Votre IRM a été relue, d'où l'avis du chirurgien.", "avis du chirurgien"),
            silent("Un avis chirurgical peut être demandé si besoin."),
            // Short lines after a closing formula sign the reply, whatever they start with. A line that speaks to the reader is no signature.
            hit_after(
                "La maternité est vieillotte mais l'équipe est formidable.",
                "Merci pour votre message.\n\nCordialement,\nvotre séjour à la maternité nous a touchés",
                "maternité",
            ),
            // A referral to a perinatal psychologist, tied to the reader.
            hit(
                "Vous sembliez fatiguée, d'où ma proposition de voir la psychologue périnatale.",
                "psychologue périnatale",
            ),
            silent("Une psychologue périnatale a rejoint l'équipe du cabinet."),
            // A physiotherapist's short form of « renforcement musculaire ».
            hit("Encore quelques semaines de renfo et vous pourrez reprendre le tennis.", "renfo"),
            silent("Le renfo musculaire fait partie des soins proposés au cabinet."),
            // « les matinées de vaccination » name a collective service of the practice.
            hit_after("Vaccination rapide, merci.", "Merci ! Votre vaccination s'est bien passée.", "vaccination"),
            silent_after(
                "Vaccination rapide, merci.",
                "Merci ! Les matinées de vaccination reprennent chaque samedi, sans rendez-vous.",
            ),
            hit("L’appareil que nous avons posé tient bien.", "que nous avons posé"),
            hit("Merci, votre détartrage s’est bien passé.", "détartrage"),
            hit("La pose de votre couronne était délicate.", "couronne"),
            hit("Bon courage pour vos séances de rééducation.", "séances"),
            hit("Vos séances de kiné reprendront en septembre.", "séances"),
            hit("Merci Sophie ! Continuez bien les étirements.", "Continuez bien les étirements"),
            hit("Pensez aux bains de bouche matin et soir.", "Pensez aux bains de bouche"),
            hit("La pose de votre appareil a pris du retard.", "pose de votre"),
            hit("Sophie, pour une pose de stérilet, on ne peut pas toujours être délicat.", "stérilet"),
            silent("Pensez à nous appeler si vous avez une question."),
            silent("Le traitement de votre demande prendra 48 h."),
            silent("Nous ne participons à aucune opération de communication."),
            silent("Le cabinet propose le traitement des caries pour tous nos patients."),
            silent("Rappel à tous : pensez à votre vaccin contre la grippe cet automne."),
            hit_after(
                "Chiro qui m’a débloqué le dos.",
                "Merci Sophie, votre dos répond bien à un ajustement doux.",
                "ajustement",
            ),
            silent("Nous avons fait quelques ajustements d’horaires pour faciliter la prise de rendez-vous."),
            hit("Votre fils peut revenir quand il veut pour ses scellements.", "ses scellements"),
            silent("Le scellement des sillons est proposé à tous nos petits patients."),
            hit(
                "Pensez à bien mettre le collyre matin et soir jusqu’à la fin du flacon.",
                "Pensez à bien mettre le collyre",
            ),
            hit("Massez doucement la pommade sur la cicatrice deux fois par jour.", "sur la cicatrice"),
            silent("En été, appliquez de la crème solaire sur le visage et les bras."),
            hit("Bravo Sophie pour les exercices de convergence !", "exercices de convergence"),
            silent("L’orthoptiste du cabinet propose des exercices de convergence pour tous nos patients."),
            silent("Nous transmettons vos remerciements à l’équipe des soins à domicile."),
            silent("Nous priorisons les séances des tout-petits, n’hésitez pas à rappeler le secrétariat."),
            hit("Bon courage pour vos ponts fessiers !", "ponts fessiers"),
            silent("Le cours collectif travaille les ponts fessiers pour tous nos patients."),
            hit("N’oubliez pas les gouttes au coucher.", "les gouttes au coucher"),
            silent("N’oubliez pas la crème solaire tous les matins cet été."),
            // Arranging care that has not started, and care given to a group, are general.
            silent("Appelez le secrétariat pour organiser une prise en charge à domicile."),
            hit("Nous avons organisé votre prise en charge à domicile.", "prise en charge"),
            silent("Les pharmacies vaccinent aussi les adolescents, vous pouvez vous y adresser."),
            // A course of care counted by its length.
            hit("Merci Sophie, encore trois mois de gouttière et on fait le point.", "trois mois de gouttière"),
            hit("Merci Sophie, deux ans de rééducation, quel parcours !", "deux ans de rééducation"),
            silent("Le cabinet fête ses dix ans de présence dans le quartier."),
            // An instrument of an examination, tied to the reader.
            hit("Je vous ai prévenue avant la pose du spéculum.", "spéculum"),
            silent("Nous utilisons des spéculums à usage unique."),
            // A team or a department named by its field.
            silent("Merci Sophie, nous transmettons vos mots à l’équipe des soins infirmiers."),
            hit("Votre séance de radiologie a été décalée.", "séance"),
            // Reminders of a care routine.
            hit("Sophie, n’oubliez pas les élastiques la nuit !", "oubliez pas les élastiques"),
            hit("Et pensez à passer le fil tous les soirs, Sophie !", "passer le fil"),
            silent("Le fil d’actualité de notre page est à jour."),
            // A course of care told through its progress, without « votre »: tied to the reader all the same.
            hit("On espace les séances à une par mois dès septembre.", "séances"),
            hit("L’arrêt progressif du traitement se passe bien jusqu’ici.", "traitement"),
            hit("La rééducation avance bien jusqu’à présent, gardons ce rythme.", "rééducation"),
            silent("Après une prothèse de hanche, la rééducation est proposée à chaque patient."),
            silent("Plus que quinze jours de travaux, et la salle d’attente sera rénovée."),
            // « on espace » in a general schedule, with no session of the reader.
            silent("On espace les rappels de vaccin selon le calendrier officiel."),
            // A concession that points at a device the reader uses.
            hit("Pour l'escalier, on comprend, d'autant plus avec une attelle.", "avec une attelle"),
            silent("Le cabinet est de plain-pied, accessible même avec des béquilles ou en fauteuil roulant."),
            // A booking policy for everyone, and the reader's own booking.
            hit("Votre vaccin se fait sur RDV le mercredi, appelez le secrétariat.", "Votre vaccin"),
            silent("Les vaccins se font sur RDV le mercredi, appelez le secrétariat."),
            // « rééduc », the spoken short form of « rééducation ».
            hit("Merci Sophie, bon courage pour ta rééduc !", "rééduc"),
            silent("Le cabinet propose la rééduc périnéale le mardi."),
            // Advice of health habits with the familiar « on » and a promise asked of the reader.
            hit("On arrête le sucre avant les fêtes, promis ?", "On arrête le sucre avant les fêtes, promis"),
            silent("On vous rappelle très vite, promis !"),
            // Works on the premises are no surgery.
            hit("Vous étiez anxieuse pendant l'opération de la cataracte.", "opération de la cataracte"),
            silent("Le cabinet était fermé pendant l'opération de désamiantage des locaux, annoncée sur la porte."),
            // A care routine the reader is instructed to keep up.
            hit("Continuez les élastiques tous les matins, bravo !", "Continuez les élastiques tous les matins"),
            silent("Continuez à nous suivre sur notre page, merci !"),
            // Exercises on a named machine beside another finding.
            hit("Le kiné ne vous a jamais laissé seul pendant vos exercices sur le tapis.", "exercices sur le tapis"),
            silent("Le cabinet dispose d'un vélo et propose des exercices sur le tapis de marche."),
            // Care offered to everyone, and access to care as a public matter.
            silent("La sophrologie s'adresse à tous, à chaque âge de la vie."),
            silent("Merci pour votre message : l'accès aux soins est une vraie question dans notre région."),
            // « opération » of a website, and a practice named by the acronym of its field.
            silent("Notre messagerie a connu un souci pendant l'opération de migration du site."),
            silent("L'équipe du cabinet ORL Saint-Exupéry vous souhaite une belle semaine."),
        ],
    );
}

#[test]
fn treatment_english() {
    run(
        Category::Treatment,
        LangChoice::En,
        &[
            hit("Hi Jo, your toric dailies are ready to collect.", "toric"),
            silent("Prescription refill requests are processed within 3 business days."),
            silent("We're sorry to read this and would like to speak with you directly.\nStepwell Podiatry"),
            silent("Thanks for the kind words, and take good care of yourself!"),
            // A term that qualifies a plural noun of care names a kind of visit.
            silent("Medication management visits are scheduled for 20 minutes."),
            // A session of the practice tied to the reader by "your … during our", or by a past verb and
            // "you". The same sessions described as the practice's offer stay general.
            hit("Sam, your resilience during our EMDR sessions was remarkable.", "EMDR sessions"),
            hit("Our hypnotherapy sessions clearly helped you.", "hypnotherapy"),
            silent("Our hypnotherapy sessions last 50 minutes."),
            // An IV line tied to the reader. The same line under a general rule is no one's care.
            hit("The nurse checked your IV line twice.", "IV line"),
            silent("IV lines are changed every 72 hours as a rule."),
            // In British English "the surgery's number" is the GP practice's, but the reader's surgery is an operation.
            silent("Please use the surgery's main number for any question."),
            hit("Your surgery's recovery took longer than planned.", "surgery"),
            // A referral to a perinatal psychologist, tied to the reader.
            hit(
                "You seemed low that day, which is why I mentioned the perinatal psychologist.",
                "perinatal psychologist",
            ),
            silent("A perinatal psychologist now works at the practice."),
            // "the surgery" is the GP practice after a verb of contacting or before its phone number.
            hit("Sorry the surgery on your knee was delayed.", "surgery"),
            silent("Please contact the surgery on 029 2045 7781 if you would like to discuss this further."),
            hit("The inhaler I prescribed should help.", "I prescribed"),
            hit("Thanks! Your root canal went perfectly.", "root canal"),
            hit("Glad those stitches held up.", "stitches"),
            hit("Thanks Sophie, keep those drops going!", "keep those drops going"),
            hit("Keep the ankle taped for another week.", "Keep the ankle taped"),
            hit(
                "Your dad's dementia makes visits hard for everyone, and we did our best with his wound dressing.",
                "his wound dressing",
            ),
            silent("Keep an eye on our website for the new opening hours."),
            silent("We offer cleanings for all patients on weekdays."),
            silent("Processing your request takes two business days."),
            hit("Sticking with the low-FODMAP plan clearly worked.", "low-FODMAP"),
            hit("Cervical adjustments like yours usually need a follow-up.", "Cervical adjustments"),
            hit_after(
                "Chiropractor fixed my neck in one visit!",
                "Awesome Sophie! Necks respond really well to adjustments.",
                "adjustments",
            ),
            silent("Thanks Sophie! We made a few adjustments to the waiting room this spring."),
            hit("Whiplash like yours usually responds fast to cervical mobilisation.", "cervical mobilisation"),
            silent("Our physiotherapists offer cervical mobilisation to all patients who need it."),
            hit("Glad the convergence exercises are helping you.", "convergence exercises"),
            silent("Our orthoptist offers convergence exercises for all patients."),
            hit("Your surgical team will call you about the stitches.", "surgical"),
            hit("Keep those calf raises going, Sophie!", "calf raises"),
            silent("Our classes teach calf raises to all patients."),
            // After-care instructions with a period, and a device the reader has just received.
            hit("Remember, no hard food for a few days after today.", "no hard food for a"),
            silent("We have no hard feelings for a moment about this review."),
            hit("Hope your new varifocal glasses are comfortable.", "your new varifocal glasses"),
            silent("Our new glasses display is by the window."),
            // A diet for a period after care.
            hit("Thanks Sophie! Stay on soft food until the weekend.", "Stay on soft food until the"),
            silent("Our café serves soft food for a small fee."),
            // Care told through one person's progress or a reminder to them, without "your".
            hit("Remember, no running until the stitches come out.", "stitches"),
            hit("Great work getting through the injections, the hardest part is done.", "injections"),
            silent("Rehab after a knee replacement usually takes several weeks."),
            // Spectacle lenses chosen by the reader, against the practice's stock.
            hit("We talked through the cost with you before you chose the multifocal lenses.", "multifocal lenses"),
            silent("We stock progressive lenses from several makers, ask at the front desk."),
            // A reminder of a general rule names no activity after care.
            silent("Remember, no appointment is needed for flu shots."),
            // Hearing aids named by their maker, and a practitioner stopping a course of treatment.
            hit("We recommended the premium Oticon pair for you.", "Oticon"),
            silent("We stock Oticon and Phonak hearing aids."),
            hit("Don't forget your blood test before we stop the course.", "stop the course"),
            silent("We will stop the course if fewer than five people sign up."),
            hit("Your little girl was born in the birthing pool.", "birthing pool"),
            silent("Our birth centre has a birthing pool."),
            hit("Hope the night feeds are getting easier!", "night feeds"),
            silent("Night feeds are tiring for every new parent."),
            hit("Good luck with your PT!", "your PT"),
            silent("PT sessions are available every weekday."),
            // Care reported in the past passive is one person's care.
            hit("The stitches were removed on time.", "stitches"),
            hit("The procedure was carried out correctly.", "procedure"),
            silent("Our new dental chairs were fitted in March."),
            silent("The old X-ray machine was removed last month and replaced with a digital one."),
            silent("Stitches are usually removed by the practice nurse."),
            // A care routine to keep up, beside a body part of the reader.
            hit("Keep that toe dry and change the dressing daily.", "change the dressing daily"),
            silent("We change the playlist daily in the waiting room."),
            // Progressive lenses by their short name, and home care kept up: "keep icing".
            hit("Your progressives are ready to collect.", "progressives"),
            silent("We stock progressives from several makers."),
            hit("Keep icing it after your runs.", "Keep icing"),
            silent("Keep smiling!"),
            // Wishes for a coming birth tell a pregnancy, but antenatal classes for everyone do not.
            hit("Best of luck with the labour next month!", "Best of luck with the labour"),
            silent("Our classes help couples prepare for the birth."),
            // "your nearest emergency department" is wherever the reader is.
            silent("If you need urgent help after hours, go to your nearest emergency department."),
            silent("Our next antenatal class is on the first Saturday, open to all expectant parents."),
        ],
    );
}

#[test]
fn diagnosis_french() {
    run(
        Category::Diagnosis,
        LangChoice::Fr,
        &[
            // The reader's own nails, in a sentence that already confirms the visit.
            hit("Vous étiez venue sans rendez-vous pour vos ongles, et nous vous avions reçue.", "vos ongles"),
            silent("Nous faisons des exceptions en cas de maladie ou d'imprévu."),
            // A disease that completes care named in general is what that care looks for in anyone.
            silent_after(
                "Elle est passée à côté de mon diabète gestationnel.",
                "Le dépistage du diabète gestationnel suit les recommandations nationales."
            ),
            silent("Au-delà de six semestres, l'Assurance maladie ne rembourse plus, d'où ces conditions."),
            // « si vous vous sentez … » is a condition put to anyone, but a plain statement about the reader is not.
            silent("Si vous vous sentez débordé par le stress ou l'anxiété, parlez-en à un professionnel."),
            hit("Vous vous sentez moins envahi par l'anxiété depuis nos séances.", "anxiété"),
            // A diagnosis made, stated without its name.
            hit("Après tant d'errance, ravi qu'on ait enfin pu mettre un mot dessus.", "mettre un mot dessus"),
            silent("Le trombinoscope de l'équipe aide à mettre un nom sur un visage."),
            // An epidemic of the season is no one's illness.
            silent("Désolés pour l'attente, avec la gastro qui circule l'équipe est réduite."),
            hit("Votre gastro devrait passer d'ici deux jours.", "gastro"),
            // A valve disease named for the reader; the specialty in general is not.
            hit("Merci Patrice ! Votre rétrécissement aortique est entre de bonnes mains.", "rétrécissement aortique"),
            silent("Merci Sophie ! Notre équipe de cardiologie vous remercie."),
            // A speech therapist's word for the reader's fluency.
            hit("Merci ! Votre fluence s'est beaucoup améliorée.", "Votre fluence"),
            silent("Merci pour votre message, il nous fait très plaisir."),
            // A meniscus tear named as the reader's.
            hit("Votre fissure méniscale est bien visible.", "fissure méniscale"),
            // A level of distress measured in the reader.
            hit("Difficile de travailler avec un pareil niveau de stress.", "niveau de stress"),
            silent("Nous comprenons que les délais soient source de stress."),
            // A vaccine due by the national schedule is advice to everyone.
            hit("Votre rappel contre le tétanos est à jour.", "tétanos"),
            silent("Pensez au rappel contre le tétanos selon le calendrier vaccinal."),
            hit("Votre hernie discale demandera du temps.", "hernie discale"),
            hit("Merci Sophie, votre dépression n’est pas une fatalité.", "dépression"),
            silent("Nous prenons en charge les adultes et les enfants."),
            // A lost pregnancy in lay words, after a review that told it.
            hit_after(
                "Merci pour votre soutien après ma fausse couche.",
                "Merci. Perdre une grossesse est une épreuve que l’on sous-estime.",
                "Perdre une grossesse",
            ),
            // The reader's past mental state in a euphemism.
            hit("Quand vous êtes arrivé, vous étiez au plus mal.", "vous étiez au plus mal"),
            silent("Nous étions au plus mal de ne pas pouvoir répondre à tout le monde."),
            // A rule for anyone in a kind of situation stays general; the reader's own case does not.
            hit("Pour toute urgence liée à votre grossesse, appelez le cabinet.", "votre grossesse"),
            silent("Pour toute urgence liée à une grossesse, contactez directement la maternité ou le 15."),
            // A possessive points at the person named in the sentence before.
            hit("Léo progresse bien. Sa dyslexie demande de la régularité.", "Sa dyslexie"),
            silent("Léo nous rejoint en septembre. La dyslexie est l'une de ses spécialités."),
            // A lesion's verdict given back to the reader.
            hit("Rassurez-vous, il était bénin.", "il était bénin"),
            silent("Un incident sans gravité, tout s'est bien terminé."),
            // A habit the reader was advised to cut down.
            hit("Je vous ai seulement recommandé de limiter le tabac.", "limiter le tabac"),
            silent("Nous aidons nos patients à arrêter le tabac."),
            // A third-person possessive points at the relative the review named.
            hit_after(
                "Aucune place pour ma mère, inadmissible.",
                "Nous avons bien reçu le compte rendu qui détaille sa sclérose en plaques.",
                "sa sclérose en plaques",
            ),
            silent_after("Très bon accueil.", "Nous avons bien reçu le compte rendu qui détaille sa sclérose en plaques."),
            // A disease beside another one already tied to someone is part of the same disclosure.
            hit(
                "Ce fut une joie de suivre Lina. La dyspraxie liée à son trouble de l'attention demandait de la patience.",
                "La dyspraxie",
            ),
            silent("La dyspraxie et le trouble de l'attention sont souvent associés chez l'enfant."),
            // A later clause sums the advice up as true for everyone.
            silent("Pensez à faire contrôler vos grains de beauté une fois par an, c'est valable pour tout le monde."),
        ],
    );
}

#[test]
fn diagnosis_english() {
    run(
        Category::Diagnosis,
        LangChoice::En,
        &[
            // A practice's name at the start of a sentence.
            silent("Thank you, we appreciate it. Stroke & Voice Rehab Center offers speech therapy for adults."),
            // An epidemic of the season is no one's illness.
            silent("Sorry for the wait, half the team is off with the flu going around."),
            hit("Hope your flu clears up soon.", "flu"),
            // The reader's history with a condition.
            hit("Given your history with substance use, I understand.", "your history with substance use"),
            silent("Given our history with the local community, we value every review."),
            // A practice's values, not the reader's condition.
            silent("Looking after your physical and mental health matters to us."),
            hit("We know your mental health has been fragile this year.", "mental health"),
            hit("Your anxiety diagnosis is nothing to be ashamed of.", "anxiety"),
            hit("Lovely to hear from you: keep an eye on your moles after the biopsy.", "your moles"),
            silent("A quick tip for everyone: check your moles each month and see a doctor if one changes."),
            hit("Hope your son's ear infection cleared up.", "ear infection"),
            silent("Thank you for the kind words about our team."),
            hit("Glad to hear the irritable bowel has settled down.", "irritable bowel"),
            // What a profession can detect, stated for everyone.
            silent("You may not know that physiotherapists can detect early signs of arthritis."),
            hit("Your optometrist found early signs of diabetes.", "diabetes"),
            // Lay names of spine conditions, tied to the reader.
            hit("Those disk problems take time, Sophie.", "disk problems"),
            silent("Our team can help with back and disc problems."),
            hit("Your food diary showed binge episodes most evenings.", "binge episodes"),
            silent("A food diary can help anyone eat more mindfully."),
            // The reader's past mental state in a euphemism.
            hit("Two years ago you were in such a dark place, look at you now!", "you were in such a dark place"),
            silent("Winter can be a dark time of year, so our lobby lights stay on."),
        ],
    );
}

#[test]
fn symptom_or_body_part_french() {
    run(
        Category::SymptomOrBodyPart,
        LangChoice::Fr,
        &[
            // The second of a paired organ beside the first. Without care in the sentence it is a figure of speech.
            hit("Votre œil gauche a bien cicatrisé, on opère le deuxième œil en mai.", "le deuxième œil"),
            silent("Le deuxième œil de la salle d'attente : notre nouvelle caméra."),
            // « rougir jusqu'aux oreilles » is a figure of speech, and leaves a colleague's name silent.
            hit("Merci ! Claire a bien soigné votre oreille.", "votre oreille"),
            silent_after(
                "Claire au secrétariat est adorable.",
                "Merci ! Claire a rougi jusqu'aux oreilles en lisant votre avis.",
            ),
            hit("J’espère que votre douleur au genou a disparu.", "douleur au genou"),
            hit("Prenez soin de cette épaule !", "épaule"),
            silent("Merci de tout cœur pour ce message."),
            silent("N’hésitez pas à jeter un œil à notre site."),
            silent("Merci pour ce coup de main !"),
            hit("Ces petits boutons sur le menton partiront vite.", "petits boutons"),
            silent("Cliquez sur le bouton « Prendre rendez-vous » de notre page."),
            hit("Des douleurs comme les vôtres demandent du temps.", "douleurs"),
            hit("Les fourmis dans vos doigts sont liées à la posture.", "fourmis dans vos doigts"),
            silent("Des messages comme le vôtre nous font chaud au cœur."),
            silent("Nos petits patients adorent la fresque des fourmis dans la salle d’attente."),
            silent("Merci à nos secrétaires, qui portent l’accueil sur leurs épaules."),
            hit("Ménagez vos épaules quelques jours.", "épaules"),
            hit("Gardez ce pied au sec et le pansement jusqu’à vendredi.", "ce pied"),
            silent("Cette crème est en vente à l’accueil, idéale pour ce froid."),
            silent("Ce massage du dos est proposé à tous nos patients le mercredi."),
            // Behind someone's back is an idiom.
            silent("Nous ne critiquons personne, ni en face ni dans son dos."),
            silent("Nous ne parlerons jamais de vous dans votre dos."),
            hit("Bon courage pour la douleur dans votre dos.", "dos"),
            // A body part with its side and a definite article.
            hit("Merci Sophie, la cicatrice du genou gauche est belle.", "genou gauche"),
            silent("Le cabinet se trouve au fond à gauche, au premier étage."),
            // A body part compared with the reader's.
            hit("Des ongles aussi épais que les vôtres demandent de la patience.", "ongles aussi épais que les vôtres"),
            silent("Nos horaires sont aussi souples que les vôtres le permettent."),
            // « on n'oublie pas » reminds one person of their own care.
            hit("Et on n’oublie pas : on évite de conduire le temps que le genou dégonfle.", "genou"),
            hit("On n’oublie pas de ménager le poignet quelques semaines.", "poignet"),
            silent("On n’oublie pas de fermer la porte de la salle d’attente en partant."),
            // A stutter described in lay words.
            hit("Il ne bute presque plus sur les syllabes difficiles.", "bute presque plus sur les syllabes"),
            silent("Nous butons parfois sur les mots techniques, pardon pour le jargon."),
            // A loss of function beside another finding.
            hit("Votre père ne pouvait plus marcher seul.", "ne pouvait plus marcher"),
            silent("Pour ceux qui ne peuvent plus se déplacer, nous venons à domicile."),
        ],
    );
}

#[test]
fn symptom_or_body_part_english() {
    run(
        Category::SymptomOrBodyPart,
        LangChoice::En,
        &[
            silent("Cheers Shaz! We've been looking after this neck of the woods for 15 years."),
            // A side before an everyday body word makes it the reader's body part.
            hit("Please put the drops in your left eye.", "your left eye"),
            silent("The toilets are on your right hand side as you come in."),
            hit("Sorry about the pain in your jaw.", "jaw"),
            silent("Thank you with all our heart!"),
            hit("Pins and needles like yours usually come from posture.", "Pins and needles"),
            hit("Hope that tummy settles down soon.", "tummy"),
            silent("Questions like yours help us improve the website."),
            silent("Tummy time is a great habit for all babies."),
            silent("Our receptionists carry the whole front desk on their shoulders."),
            hit("Rest those shoulders for a few days.", "shoulders"),
            hit("Thanks Dave! Keep that toe dry and the dressing on until Friday.", "that toe"),
            silent("That hand cream we sell at the desk is lovely for this cold weather."),
            silent("Please remember to check your skin and wear sunscreen."),
            // Parts of the eye that an eye exam looks at.
            hit("Good news: your optic discs were perfectly normal at the check.", "optic discs"),
            // A demonstrative after a verb of care points at one body part. PCL is a sports-injury word.
            hit("Enjoy the match, and mind that hamstring.", "that hamstring"),
            silent("Mind that the car park closes at six on Fridays."),
            hit("Go easy on that PCL for a few weeks.", "PCL"),
            // A side of the body after a tying determiner counts, but the side of a building does not.
            hit("Mind that left side when you train.", "left side"),
            silent("Parking is on the right side of the building."),
            silent("You'll find our entrance on your left side, just after the pharmacy."),
            // The swallow as a function of a relative named before.
            hit("It's been a pleasure working with your dad; his swallow has improved.", "his swallow"),
            silent("That was a hard pill to swallow for our team."),
            // A question about how one person's body or care is doing.
            hit("How's the knee holding up?", "knee"),
            hit("Did the cream help with the rash?", "rash"),
            silent("How's the new website working out?"),
            silent("Did the flu clinic help our community?"),
            // Body parts in slang.
            hit("Glad your gnashers are sparkling.", "gnashers"),
            hit("Glad your noggin is okay after the tumble.", "noggin"),
            silent("Pearly whites for everyone: book a hygiene visit online."),
            silent("Our stock ticker is DSC."),
            // The reader's habits named as a health matter, but drinking water is not one.
            hit("Questions about your alcohol intake are routine.", "your alcohol intake"),
            silent("Drinking water is available in the waiting room."),
            hit("Your blood test showed raised liver enzymes, so we asked about your drinking.", "your drinking"),
            silent("Please bring your drinking water bottle to the gym class."),
            // Unprotected sex tied to the reader beside a contraceptive, but general sexual health advice is not.
            hit("Before the morning-after pill we must ask when you last had unprotected sex.", "unprotected sex"),
            silent("Information on safer sex is available at reception."),
        ],
    );
}

#[test]
fn medication_french() {
    run(
        Category::Medication,
        LangChoice::Fr,
        &[
            // Advice on the reader's ongoing treatment.
            hit("Les effets mettent du temps à venir : ne les interrompez surtout pas sans avis.", "ne les interrompez"),
            silent("Ne nous arrêtez pas dans le couloir, passez plutôt par le secrétariat."),
            // « la plupart des médicaments » is a rule about most drugs.
            silent_after(
                "Refus de me donner mes médicaments sans ordonnance.",
                "La plupart des médicaments sur liste ne sont délivrés que sur ordonnance.",
            ),
            hit_after(
                "Refus de me donner mes médicaments sans ordonnance.",
                "Vos médicaments vous attendent au comptoir.",
                "médicaments",
            ),
            silent("Nous prescrivons des antibiotiques seulement si nécessaire."),
            hit("Je vous ai prescrit du Xanax à votre demande.", "Xanax"),
            hit("Continuez votre traitement antidépresseur.", "antidépresseur"),
            silent("Nous suivons les recommandations en matière d’antibiotiques pour tous nos patients."),
            hit(
                "J’explique la contraception ainsi, et il fallait que vous compreniez les risques d’un oubli de pilule.",
                "pilule",
            ),
            silent("Vous trouverez sur notre site des informations sur la contraception et la pilule."),
            hit("Je ne peux pas renouveler le lithium sans bilan sanguin.", "lithium"),
            silent("Je rappelle que la pilule ne se renouvelle pas sans consultation."),
            silent("Je ne prescris jamais d’antibiotiques sans examen."),
            hit("Elle oublie toujours la metformine.", "metformine"),
            // A pharmacy's customers in general.
            silent("Cette règle sur les antibiotiques s’applique à tous nos clients."),
            hit("Vos antibiotiques sont prêts au comptoir.", "antibiotiques"),
            // A quantity of a medicine's form with a time of day.
            hit("Merci Sophie, pas plus de deux gélules au coucher.", "deux gélules au coucher"),
            silent("Les gélules sont vendues en boîte de trente."),
            // « ordo », the spoken short form of « ordonnance ».
            hit("Merci ! Ton ordo est prête à l'accueil.", "ordo"),
            silent("Les ordos ne sont jamais envoyées par mail."),
            // « médoc », the spoken short form of « médicament ».
            hit("Merci ! Tes médocs sont prêts à l'accueil.", "médocs"),
            silent("La pharmacie de garde délivre les médocs le dimanche."),
            // Vaccines by their abbreviation.
            hit("Votre petit Tom a été un champion pour le rappel ROR.", "rappel ROR"),
            silent("Le rappel ROR est recommandé pour tous les enfants."),
            // A drug's tolerance so far is one person's ongoing treatment.
            hit("Le traitement a été bien toléré jusqu'ici.", "a été bien toléré jusqu'ici"),
            silent("Ce vaccin est en général bien toléré."),
        ],
    );
}

#[test]
fn medication_english() {
    run(
        Category::Medication,
        LangChoice::En,
        &[
            // Prescribing by national guidance is a rule for everyone.
            silent_after(
                "The GP wouldn't prescribe antibiotics for my cough.",
                "Our doctors prescribe in line with national guidance on antibiotics.",
            ),
            hit_after(
                "The GP wouldn't prescribe antibiotics for my cough.",
                "Sorry the antibiotics didn't clear your cough.",
                "antibiotics",
            ),
            silent("We prescribe antibiotics only when they are needed."),
            hit("Glad the new dose of sertraline is working.", "sertraline"),
            silent("Our practice follows national guidelines when prescribing any medication."),
            hit(
                "Sophie, the inhaler you were given must be used daily, and you should never skip steroid tablets.",
                "steroid",
            ),
            silent("You will find advice on the flu jab and the asthma inhaler on our website."),
            hit("I stopped the metformin after the last blood test.", "metformin"),
            silent("We can't refill the Adderall prescriptions of any patient without a visit."),
            silent("I never prescribe antibiotics without a clear reason."),
            hit("She always forgets the metformin.", "metformin"),
            // The practice's check-in tablet is no drug.
            silent("Just sign in on the tablet at reception when you arrive."),
            // Pain relief in labour by its everyday name.
            hit("Your little one came before we'd even got the gas and air set up!", "gas and air"),
            silent("Our birth centre offers gas and air to every mother in labour."),
            hit("Your Rx is ready for collection.", "Your Rx"),
            silent("Rx refills need 48 hours notice."),
            hit("Is the new inhaler doing the trick?", "inhaler"),
            silent("Is the new booking system doing the trick for everyone?"),
            hit("Your scrip is ready.", "scrip"),
            // A drug's tolerance so far is one person's ongoing treatment.
            hit("The new medication has been well tolerated so far.", "has been well tolerated so far"),
            silent("Our new waiting room has been well received so far."),
            // A weekly pill pack made up for the reader, but the service offered to anyone is not theirs.
            hit("Your dosette box is ready.", "dosette box"),
            silent("We prepare dosette boxes for anyone who asks."),
        ],
    );
}

#[test]
fn test_or_result_french() {
    run(
        Category::TestOrResult,
        LangChoice::Fr,
        &[
            hit("Votre pression oculaire est stable, rien à signaler.", "Votre pression oculaire"),
            silent_after(
                "IRM facturée avec un dépassement.",
                "Pour les IRM et scanners, le forfait technique est remboursé.",
            ),
            silent_after(
                "Impossible d'avoir une ordonnance de lunettes.",
                "La réglementation fixe la durée de validité d'une ordonnance de lunettes selon l'âge.",
            ),
            // Who reads results, as a rule; the laboratory as a place to reach.
            silent_after(
                "Personne n'explique les analyses.",
                "L'interprétation des analyses revient à votre médecin traitant.",
            ),
            hit_after(
                "Personne n'explique les analyses.",
                "Vos analyses vous ont été expliquées par le biologiste.",
                "analyses",
            ),
            silent("Vous pouvez joindre nos biologistes de 9 h à 11 h au laboratoire."),
            hit("Vos résultats sont arrivés au laboratoire.", "résultats"),
            // A measurement of the reader with its reading.
            hit("Ce jour-là votre tension était normale.", "votre tension était normale"),
            silent("La tension se mesure au calme, après cinq minutes de repos."),
            // A result with its value, tied to the reader; a general word on tests is not.
            hit("Merci Morgane, et toutes mes félicitations pour ce test positif !", "ce test positif"),
            silent("Merci Sophie, et toutes mes félicitations pour ce beau message !"),
            // An exam's result given through a pronoun.
            hit("Le compte rendu a été déposé ; il confirmait la fissure méniscale.", "il confirmait"),
            silent("Le secrétariat confirme chaque rendez-vous la veille par SMS."),
            hit("Vos analyses de sang sont normales.", "analyses"),
            hit("L’IRM montrait une lésion, je vous l’avais dit.", "IRM"),
            silent("Le cabinet dispose d’un appareil d’imagerie moderne pour chaque patient."),
            hit("Madame, le grain de beauté a été examiné au dermatoscope.", "dermatoscope"),
            silent("Le cabinet s’est équipé d’un dermatoscope, vous pouvez demander un rendez-vous."),
            hit("Les bilans de votre enfant sont prêts.", "bilans"),
            silent("Nous priorisons les bilans des enfants et vous invitons à rappeler le secrétariat."),
            // The practice's order of priority for a group of people.
            silent("Nous priorisons les bilans des enfants de moins de trois ans, merci de votre compréhension."),
            hit("Votre bilan sanguin était normal.", "bilan"),
            // Cervical smear results named by their class.
            hit("Pas d’inquiétude pour ces cellules HSIL, on en reparle vite.", "HSIL"),
            silent("Le frottis de dépistage est recommandé à partir de 25 ans pour toutes les femmes."),
            // A result told in the past is one person's, unlike a rule about results.
            hit("Le frottis s’est avéré tout à fait normal.", "frottis"),
            hit("Le bilan était d’ailleurs rassurant.", "bilan"),
            silent("Un test négatif n’exclut pas toujours une infection."),
            // Exams named beside an account of them being done.
            hit("Le champ visuel et le fond d'œil ont été réalisés et commentés.", "fond d'œil"),
            // What a change to the practice brings everyone, and a result the reader hopes for.
            hit("Nous espérons que le résultat vous plaira.", "résultat"),
            silent("Nous espérons que le résultat des travaux plaira à tous."),
            // Weight in kilos beside a finding.
            hit("Avec votre diabète, les 8 kilos déjà perdus sont une belle étape.", "8 kilos"),
            silent("Notre table d'examen supporte jusqu'à 200 kilos."),
            // A reminder to fast for one test; the reader's eligibility for a procedure.
            hit("Je passe demain, n'oubliez pas d'être à jeun !", "à jeun"),
            silent("N'oubliez pas de nous laisser un avis !"),
            hit("Vous êtes une excellente candidate pour cette technique.", "Vous êtes une excellente candidate"),
            silent("Nous recrutons : chaque candidate est reçue en entretien."),
            // An exam in a sentence that states one past decision is someone's.
            hit(
                "Le certificat d'aptitude n'a pas été signé : une IRM du genou a été demandée avant toute décision.",
                "IRM",
            ),
            silent("Le ministère a demandé que la mammographie soit proposée plus tôt."),
        ],
    );
}

#[test]
fn test_or_result_english() {
    run(
        Category::TestOrResult,
        LangChoice::En,
        &[
            // A measurement of the reader with its reading; a general word on checks is not.
            hit("When you came in on the 3rd your blood pressure was normal.", "your blood pressure was normal"),
            silent("Blood pressure checks are free at the pharmacy counter."),
            hit("Thanks Raj! Your pressure readings were spot on this time.", "Your pressure readings were"),
            hit("Good news, your biopsy came back benign.", "biopsy"),
            hit("Thanks Sophie, the slightly low vitamin D is easy to fix.", "slightly low vitamin D"),
            hit("Thanks for coming in for your routine eye exam.", "your routine eye exam"),
            silent("Thanks Sophie, we appreciate your feedback."),
            // A result told in the past is one person's, unlike a rule about results.
            hit("The screening was completely unremarkable.", "screening"),
            silent("A negative test does not always rule out an infection."),
            hit("Hope the pap results put your mind at ease.", "pap results"),
            silent("Cervical screening is offered to everyone aged 25 and above."),
            // Speech therapy measures and sounds of a child named before.
            hit(
                "Liam worked so hard on his rhotic sounds, and his articulation scores show it.",
                "articulation scores",
            ),
            silent("Our speech therapists work on speech sounds with children of all ages."),
            // The reader's eligibility for a procedure; fasting for a test named beside it.
            hit("With those results you're a great candidate!", "you're a great candidate"),
            silent("We are hiring, and every candidate gets an interview."),
            hit("Remember your bloodwork, no food after midnight!", "no food after midnight"),
            silent("The café closes early, so no food after midnight."),
            // A measure taken at an eye exam, once it is the reader's.
            hit("Thanks Chen, your corneal thickness is fine.", "your corneal thickness"),
            silent("Corneal thickness is one of many things a LASIK consult looks at."),
            // A finding summed up beside another one; alone it can be about anything.
            hit("Your bloods came back and everything seemed reassuring.", "everything seemed reassuring"),
            silent("Everything was ready for the open day."),
            silent("Everything is normal again at the clinic after the power cut."),
            // A weight in pounds and ounces, as a birth weight.
            hit("Your son weighed 7 lbs 4 oz at birth.", "7 lbs"),
            silent("Our scales are checked every year."),
            // "so that" is a conjunction, not a demonstrative pointing at one test.
            silent("We ask for a yearly visit so that blood pressure checks stay current."),
        ],
    );
}

#[test]
fn visit_confirmation_french() {
    run(
        Category::VisitConfirmation,
        LangChoice::Fr,
        &[
            silent("Toute l'équipe veille à ce que chacun se sente à l'aise au fauteuil."),
            // A general subject owns the file, and the practice gives its address to write to.
            silent("Toute personne peut obtenir la copie de son dossier médical sur simple demande écrite."),
            // How the reader felt at the counter, care under way, someone followed, a visit announced.
            hit(
                "On est contents que vous vous soyez sentie à l'aise au comptoir.",
                "que vous vous soyez sentie à l'aise",
            ),
            hit("Nous sommes heureux de vous accompagner au centre de fertilité.", "heureux de vous accompagner"),
            hit("Il est bien suivi depuis, rassurez-vous.", "Il est bien suivi depuis"),
            hit("Merci Sophie ! Rendez-vous le mois prochain au cabinet.", "Rendez-vous le mois prochain"),
            silent("Nous serons heureux de vous accueillir au cabinet."),
            // Meeting the reader again and again is a visit, and a wish to meet in the street is not. A rank on
            // the list needs a figure, and « le passage à » a new organisation is no visit.
            hit("Merci Sophie ! Toujours un plaisir de vous croiser le mardi.", "plaisir de vous croiser"),
            silent("Merci pour ces mots ! Au plaisir de vous croiser dans le quartier."),
            silent("Les patients peuvent aussi s'inscrire sur la liste d'attente en ligne."),
            silent("Les horaires n'avaient pas été mis à jour après le passage à la semaine de quatre jours."),
            silent("Une attestation de soins est remise à chaque patient pour le remboursement partiel."),
            silent("Je ne peux, ni ici ni ailleurs, confirmer qu'une personne a été reçue au cabinet."),
            hit("Votre séjour du 2 au 5 mars dans le service s'est déroulé sans incident.", "Votre séjour"),
            hit("Bonjour, le prochain est bien confirmé, à jeudi.", "le prochain est bien confirmé"),
            // Opening hours are no one's visit.
            silent("Consultations sans rendez-vous le lundi et le vendredi."),
            hit("Super nouvelle Zoé ! On se revoit quand même en juin pour vérifier.", "On se revoit quand même en"),
            hit("Merci à vous ! Je le retrouve mercredi pour la suite.", "Je le retrouve mercredi"),
            silent("Le cabinet s'est équipé d'une nouvelle radio, c'est un plaisir de voir que ça se remarque."),
            hit("Toujours un plaisir de voir les gars de la boulangerie !", "un plaisir de voir les"),
            // A refusal to confirm governs what follows it; a refusal to discuss does not.
            silent("Nous ne pouvons ni confirmer ni infirmer que vous êtes venue au cabinet."),
            silent("Le secret médical m'interdit de confirmer que vous avez été reçue ici."),
            silent("Je ne peux pas confirmer que vous êtes ou avez été patiente du cabinet."),
            hit("Nous ne pouvons pas discuter de votre opération.", "votre opération"),
            hit("Nous ne pouvons ni confirmer ni infirmer. Vous êtes venue mardi.", "Vous êtes venue"),
            // A gift brought to the practice.
            hit("Merci pour les chocolats de Noël, toute l'équipe s'est régalée !", "Merci pour les chocolats"),
            // News of the reader's care asked for.
            hit("Merci Sophie ! Tenez-moi au courant !", "Tenez-moi au courant"),
            // What the reader did, stated after « c'est vous qui » and a pronoun.
            hit("Sur dix rendez-vous, c'est vous qui en avez reporté quatre.", "vous qui en avez reporté"),
            silent("C'est vous qui en avez le plus besoin."),
            // « nos séances » shared with the reader, but the practice's sessions described in general are
            // not, even with a complement between the noun and the verb.
            hit("Lors de nos séances, vous avez beaucoup progressé.", "nos séances"),
            silent("Nos consultations de pédiatrie sont ouvertes le samedi."),
            // The reader's arrival at the practice, but not the arrival of software or a colleague.
            hit("À votre arrivée, l'assistante était déjà là.", "À votre arrivée"),
            silent("La clinique a gagné en autonomie depuis l'arrivée du nouveau logiciel."),
            // The next appointment in a telegraphic note.
            hit("Bien noté. Prochain rdv le 14.", "Prochain rdv"),
            silent("Prochain atelier le 12, inscriptions à l'accueil."),
            // The practice's sessions described by their pace.
            silent("Désolée pour l'attente : nos consultations s'enchaînent vite le samedi."),
            hit("Nos séances m'ont beaucoup appris.", "Nos séances"),
            silent("Nous faisons tout pour que chacun se sente à l’aise au fauteuil."),
            // An apology that states how long the reader was seen, and a discharge after an operation.
            hit(
                "Deux urgences sont arrivées, et le manipulateur n’a pas pu vous accorder plus de temps.",
                "pas pu vous accorder plus de temps",
            ),
            hit("L’intervention s’est bien passée et il a pu sortir le soir même.", "a pu sortir le soir même"),
            silent("Nous essayons d’accorder à chacun le temps nécessaire, même les jours d’urgence."),
            // Looking forward to seeing the reader's child again.
            hit("Merci Justine ! Au plaisir de le revoir dans 15 jours.", "Au plaisir de le revoir"),
            silent("Merci Sophie ! Au plaisir de vous lire à nouveau sur notre page."),
            // Someone at the practice remembering the reader's own moments.
            hit("Merci ! Léa garde un très beau souvenir de votre séjour.", "garde un très beau souvenir de votre"),
            silent("L'équipe garde un beau souvenir de la fête du cabinet."),
            // The place of the reader or a relative in the nurses' home round.
            hit("Bonjour, votre père est le dernier de la tournée du soir.", "est le dernier de la tournée"),
            silent("La tournée du soir commence à 17 h."),
            // The reader's exam or care as a pronoun.
            hit(
                "Les scanners avec injection sont plus longs, et le vôtre nécessitait un bilan rénal.",
                "le vôtre nécessitait",
            ),
            silent("Les scanners avec injection durent plus longtemps que les autres."),
            // A task done with the reader.
            hit("Nous l'avons vérifié avec vous au comptoir.", "avons vérifié avec vous"),
            silent("Nous avons vérifié le site : il fonctionne de nouveau."),
            // Care resumed where it stopped.
            hit("Je reste disponible pour reprendre là où nous l'avons laissé.", "là où nous l'avons laissé"),
            silent("Le parking est resté là où il était."),
            // A care verb after a feeling other than « plaisir », and the practitioner's home visit.
            hit("C’était un vrai bonheur de vous suivre jusqu’au bout !", "bonheur de vous suivre"),
            silent("C’est toujours un bonheur de lire vos messages."),
            hit("Il était magnifique lors de ma visite à la maison.", "ma visite à la maison"),
            silent("Nous proposons des visites à domicile le mardi."),
            // Counted appointments, the practice's own messages and a delayed admission confirm a patient.
            hit("Nous avons bien noté vos trois rendez-vous manqués.", "vos trois rendez-vous"),
            silent("Nous vous proposons trois rendez-vous par semaine."),
            hit("La secrétaire a laissé un message sur votre répondeur.", "laissé un message"),
            silent("Vous pouvez laisser un message sur notre répondeur."),
            hit("L'oubli de votre carte a ralenti votre admission.", "votre admission"),
            silent("Les inscriptions aux ateliers ouvrent en janvier."),
            hit("Je vous ai reçue avec plaisir.", "Je vous ai reçue"),
            hit("Lors de votre consultation, tout a été expliqué.", "votre consultation"),
            hit("Depuis trois ans que nous vous suivons, rien de tel.", "nous vous suivons"),
            hit("Après vérification, vous n’avez jamais été patient ici.", "vous n’avez jamais été patient"),
            hit("Au plaisir de vous revoir !", "Au plaisir de vous revoir"),
            hit("Vos propos ne reflètent pas notre échange.", "notre échange"),
            hit("Vous avez toujours été accueillie avec le sourire.", "toujours été accueillie"),
            hit("Merci ! On se voit pour la suite dans six semaines.", "On se voit pour"),
            hit("Nous ne vous recevrons plus au cabinet.", "ne vous recevrons plus"),
            hit("Merci Sophie, revenez nous voir quand vous voulez.", "revenez nous voir"),
            hit("C'est votre mari qui avait pris le rendez-vous.", "qui avait pris le rendez-vous"),
            hit_for("Patrick", "MERCI PATRICK !! À TRÈS VITE AU CABINET !!", "À TRÈS VITE AU CABINET"),
            silent("N'hésitez pas à revenir vers nous par téléphone."),
            hit("Vous n'êtes plus le bienvenu au cabinet.", "n'êtes plus le bienvenu au cabinet"),
            hit("Nous avons malgré tout assuré la séance complète.", "assuré la séance"),
            hit("À 82 ans, vous êtes un exemple pour tous nos patients !", "nos patients"),
            silent("Nous ne pouvons ni confirmer ni infirmer qu’une personne a consulté au cabinet."),
            silent("Nous ne pouvons pas commenter de situation individuelle."),
            silent("Nous avons fait un bout de chemin depuis l’ouverture du cabinet en 2010."),
            silent("Le chemin parcouru par notre équipe depuis dix ans nous rend fiers."),
            hit(
                "Merci Sophie, ce fut un honneur de faire un bout de chemin avec vous.",
                "faire un bout de chemin avec vous",
            ),
            hit("Bonjour, nous avons identifié votre commentaire malgré le pseudonyme.", "identifié votre commentaire"),
            hit("Je suis heureuse que vous ayez pu être soutenue pendant cette période.", "vous ayez pu être soutenue"),
            hit(
                "Les implants tiennent longtemps, vous en êtes le meilleur exemple.",
                "vous en êtes le meilleur exemple",
            ),
            hit("L’anxiété se soigne, et vous l’avez démontré avec brio.", "vous l’avez démontré"),
            hit("C’était un plaisir de la voir progresser séance après séance.", "plaisir de la voir progresser"),
            hit("À dans un an pour le contrôle !", "À dans un an"),
            hit("Votre attente a été courte, d’après notre historique.", "d’après notre historique"),
            silent("Le cabinet rouvrira dans un mois, après les travaux."),
            hit("Vous avez été reçue vingt minutes après votre arrivée.", "minutes après votre arrivée"),
            silent("Après votre inscription sur notre site, vous recevrez notre lettre d’information."),
            silent("Selon notre système de réservation en ligne, les créneaux du samedi partent vite."),
            hit("Nous l’avons vu deux fois le mois dernier.", "Nous l’avons vu deux"),
            hit("Vous vous êtes présenté le mauvais jour.", "Vous vous êtes présenté"),
            silent("Cette remarque, nous l’avons vue passer et nous corrigeons le site."),
            silent("Votre courrier, nous l’avons bien reçu et transmis à la direction."),
            hit("Il est faux de dire que vous n’avez pas été examiné.", "vous n’avez pas été examiné"),
            hit("Je suis fière du travail accompli ensemble.", "accompli ensemble"),
            hit("Merci, ce fut un beau travail d’équipe entre nous deux.", "entre nous deux"),
            silent("Notre équipe est fière de tout ce qu’elle a réalisé ensemble depuis l’ouverture."),
            silent("Nos deux kinés forment un super duo, toutes les deux passionnées."),
            hit("Ravi d’avoir pu vous caser entre deux rendez-vous !", "vous caser"),
            hit("Nous avions réussi à vous intercaler en fin de matinée.", "réussi à vous intercaler"),
            silent("Le secrétariat garde chaque jour quelques créneaux pour les demandes urgentes."),
            hit("Merci Sophie ! On continue en septembre.", "On continue en"),
            silent("Le cabinet ferme en août, nous reprenons en septembre."),
            hit("Il était temps qu’on vous écoute.", "Il était temps qu’on vous"),
            silent("Il est important que vous puissiez nous joindre facilement."),
            hit("Vous avez eu raison de vous lancer.", "eu raison de vous lancer"),
            silent("Vous avez eu raison de nous écrire, merci."),
            hit("Notre secrétaire vous a rappelé le lendemain.", "secrétaire vous a rappelé"),
            hit("Le Dr Morel vous a pourtant accordé une demi-heure.", "Dr Morel vous a pourtant accordé"),
            hit("Nous vous avons d’ailleurs laissé un message vocal.", "Nous vous avons d’ailleurs laissé"),
            hit("Sachez que nous vous avons écoutée, comme chaque patient.", "nous vous avons écoutée"),
            silent("Nous vous avons lu avec attention et nous en tiendrons compte."),
            silent("Nous sommes désolés de vous avoir déçu ; écrivez-nous au secrétariat."),
            silent("Si le secrétariat vous a mal renseigné, appelez-nous."),
            hit("Vous êtes pourtant repartie avec une copie du devis.", "Vous êtes pourtant repartie"),
            hit("Tu es inscrit chez nous depuis longtemps.", "Tu es inscrit"),
            silent("Vous êtes la bienvenue pour en parler au cabinet."),
            silent("Si vous êtes inscrite sur notre liste, nous vous préviendrons."),
            hit("Vous m’avez expliqué au téléphone que tout allait bien.", "Vous m’avez expliqué"),
            hit("C’est l’adresse que vous aviez indiquée à l’accueil.", "vous aviez indiquée"),
            hit("Nous sommes heureux que vous soyez revenue vers nous.", "vous soyez revenue"),
            hit("Vous ne figurez dans aucun de nos registres.", "figurez dans aucun de nos registres"),
            silent("Vous nous avez fait confiance et nous vous en remercions."),
            silent("Merci pour le temps que vous avez pris pour écrire cet avis."),
            hit("Sachez que la docteure vous a accordé une demi-heure entière.", "vous a accordé"),
            silent("Le temps que vous nous avez accordé pour écrire cet avis nous touche."),
            hit("Les exercices sont à refaire chaque soir d’ici notre prochaine séance.", "notre prochaine séance"),
            silent("Nos prochaines consultations de vaccination ont lieu en octobre."),
            hit("Votre inscription sur la liste du cabinet a bien été enregistrée.", "Votre inscription sur la liste"),
            silent("Les inscriptions aux ateliers se font au secrétariat."),
            silent("Notre dernier bilan d’activité montre une hausse des demandes."),
            // A wait or an extra slot that the reply remembers.
            hit("Merci de votre patience quand nous avons dû vous faire attendre.", "vous faire attendre"),
            hit("Vous aviez été reçue une fois en dépannage, sans rendez-vous.", "en dépannage"),
            silent("Le cabinet reçoit en dépannage le samedi matin."),
            // Someone at the practice remembering the reader.
            hit("Notre secrétaire se souvient très bien de vous.", "se souvient"),
            silent("Nous nous souvenons de l’ouverture du cabinet en 1998."),
            silent("Nous rappelons à chacun de vous munir de votre carte Vitale."),
            // Exams reported as done, the practice's past action in the subjunctive, the reader's record
            // updated, goodbyes and appointments for a named act.
            hit("Madame, l'audiogramme et la tympanométrie ont été faits et expliqués.", "ont été faits"),
            silent("Les travaux de la salle d'attente ont été réalisés cet été."),
            silent("L'examen de votre réclamation a été fait par la direction."),
            hit("Ravis que nous ayons pu vous recevoir le jour même.", "ayons pu vous recevoir"),
            silent("Heureux d'avoir pu répondre à vos questions par téléphone."),
            hit("Nous avons bien enregistré votre nouvelle adresse.", "enregistré votre nouvelle adresse"),
            silent("Nous avons bien noté votre remarque sur l'attente."),
            hit("À très vite pour le détartrage !", "À très vite pour le détartrage"),
            silent("À bientôt pour de nouvelles aventures !"),
            hit("Le Dr Faure vous recevra mardi pour le contrôle.", "vous recevra mardi pour le contrôle"),
            silent("Nous vous attendons avec plaisir pour tout renseignement."),
            // A talk with the reader recalled in the pluperfect, a plan made with them, their next review
            // planned, the reviewed visit described in the past, staff who had informed them, and their
            // appointments spaced out.
            hit("Comme nous en avions parlé au téléphone, tout est en ordre.", "Comme nous en avions parlé"),
            silent("Comme nous l’avions annoncé sur notre site, le cabinet déménage en mai."),
            hit("Nous avons contacté votre employeur pour adapter votre poste comme prévu.", "comme prévu"),
            silent("Les travaux de la salle d’attente ont commencé comme prévu."),
            hit("Merci Manon ! On refait un point dans 15j ?", "On refait un point"),
            silent("Nous faisons le point chaque année sur nos horaires."),
            hit("Bjr Julien, c'etait une conso avec cryo donc tarif justifié.", "c'etait une conso"),
            silent("C’était une belle journée portes ouvertes au cabinet."),
            hit("L’orthoptiste vous l’avait signalé à l’accueil.", "vous l’avait signalé"),
            silent("L’accueil vous le confirmera par téléphone."),
            hit(
                "Les exercices de votre fille portent leurs fruits, on devrait pouvoir espacer les rendez-vous.",
                "espacer les rendez-vous",
            ),
            silent("Le cabinet espace les rendez-vous de quinze minutes."),
            // A call with the reader recalled with the short form « tél », and one booking stated without
            // a possessive.
            hit("Merci ! Comme on s'est dit au tél, on décale.", "Comme on s'est dit"),
            silent("Comme on le dit souvent, mieux vaut prévenir que guérir."),
            hit("Merci, suite à notre appel tout est en ordre.", "suite à notre appel"),
            silent("Suite à votre avis, nous avons revu l’accueil téléphonique."),
            hit("Merci Sophie, rdv confirmé jeudi 9h.", "rdv confirmé jeudi"),
            silent("Les rdv sont confirmés par SMS."),
            // The practice's notes or history looked up in a longer reply.
            hit("D'après nos notes, nous maintenons notre position.", "D'après nos notes"),
            silent("D'après nos patients, la salle d'attente est trop froide."),
            hit("En consultant l'historique, nous maintenons notre position.", "En consultant l'historique"),
            silent("En consultant notre site, vous trouverez nos horaires."),
            // A moment of the visit the review describes.
            hit("En fin de séance, la secrétaire a encaissé le règlement.", "En fin de séance"),
            silent("En fin de journée, le cabinet ferme à 19 h."),
            // The same phrasings in the familiar « tu » of phone replies.
            hit("Merci, ravie de t'avoir revue !", "t'avoir revue"),
            silent("Merci, au plaisir de te lire !"),
            hit("Désolée d'avoir dû te faire attendre.", "te faire attendre"),
            // A plan agreed with the reader.
            hit("Merci. Le plan convenu ensemble reste valable.", "convenu ensemble"),
            silent("Le planning de l’été a été convenu en équipe."),
            // The reader met again after a long time, and the time given to them in visits.
            hit("Quel plaisir, vous n’avez pas changé !", "vous n’avez pas changé"),
            silent("Rien n’a changé : le cabinet reste ouvert le samedi matin."),
            silent("Si vous n’avez pas changé d’avis, nous restons disponibles pour en parler."),
            hit(
                "Depuis le temps qu’on se connaît, vous savez que je prends le temps.",
                "Depuis le temps qu’on se connaît",
            ),
            silent("Cela fait longtemps que le cabinet existe : nous connaissons bien le quartier."),
            hit("Je ne compte jamais mon temps avec vous, Sophie.", "compte jamais mon temps avec vous"),
            silent("Je ne compte jamais mon temps avec les patients."),
            // Exchanges held at the practice, and a record looked up with a pronoun or « on ».
            hit(
                "J’ai transmis à mon avocat les échanges que nous avons eus en consultation.",
                "échanges que nous avons eus",
            ),
            silent("Les échanges que nous avons eus avec la plateforme restent confidentiels."),
            hit("Vous êtes reparti vite, on l’a vérifié dans le logiciel.", "on l’a vérifié"),
            silent("Nous avons vérifié le bon fonctionnement du standard."),
            // A home visit the practitioner will pay the reader.
            hit("Pensez à sortir la carte vitale avant mon prochain passage.", "mon prochain passage"),
            silent("Mon prochain congé est prévu en août ; une remplaçante assurera les visites."),
            // Care planned with the reader for later, and an invitation to talk it over.
            hit("Je pars en congé en juillet, à mon retour on fera le point ensemble.", "on fera le point ensemble"),
            silent("Appelez le cabinet, on verra ensemble ce qui est possible."),
            // The reader's usual day of care.
            hit("Adam progresse bien, on continue le mercredi !", "on continue le mercredi"),
            silent("Les ateliers collectifs continuent le mercredi après-midi."),
            // A report sent on to the reader's own doctor.
            hit("Le compte rendu a été transmis à votre gynécologue.", "transmis à votre gynécologue"),
            silent("Les comptes rendus sont transmis au médecin prescripteur."),
            // A check-up named by the child's age, beside another finding.
            hit("Merci Julie, on se revoit pour la visite des 2 ans.", "la visite des 2 ans"),
            silent("La visite des 2 ans fait partie du calendrier de suivi de tous les enfants."),
            // Something the reader left at the practice.
            hit(
                "Vous avez laissé votre parapluie en salle d'attente, il vous attend à l'accueil.",
                "laissé votre parapluie",
            ),
            silent("Les objets trouvés en salle d'attente sont gardés à l'accueil."),
            // The reader or their child called a patient of some kind; taken in at short notice.
            hit("Léa a été une patiente modèle, bravo !", "une patiente modèle"),
            silent("Un patient modèle, cela n'existe pas : chacun avance à son rythme."),
            hit("Vous avez pourtant été pris en urgence.", "été pris en urgence"),
            silent("Vous avez été pris au dépourvu par nos horaires, nous le comprenons."),
            // The register consulted to deny that someone is a patient.
            hit("Aucune réservation n'a été faite à votre nom.", "Aucune réservation n'a été faite à votre nom"),
            silent("Aucune réservation ne se fait par téléphone."),
            hit("Nous n'avons jamais reçu ce monsieur au cabinet.", "jamais reçu ce monsieur"),
            silent("Nous n'avons jamais reçu ce courrier."),
            hit("Il n'est pas patient chez nous.", "Il n'est pas patient chez"),
            silent("Il n'est pas patient de nature, notre standardiste."),
            // A slot, a stretch of weeks or a home round that confirms the visits without a medical word.
            hit("Vous aviez d'ailleurs eu un créneau très vite.", "eu un créneau"),
            silent("Vous pouvez obtenir un rendez-vous en ligne."),
            hit("Ce fut un plaisir d'avancer avec vous tous ces mois.", "avec vous tous ces mois"),
            silent("Nous restons disponibles pour vous ces prochaines semaines."),
            hit("Nous passons toujours avec joie chez vous le lundi.", "passons toujours avec joie chez vous"),
            silent("N'hésitez pas à passer chez nous prendre la brochure."),
            // The reader's paperwork, the reader unmasked, and reassurance given to them.
            hit("Vous avez reçu la notice et signé le consentement.", "signé le consentement"),
            silent("Le consentement se signe avant toute intervention."),
            hit("C'est bien vous sous ce pseudonyme.", "C'est bien vous sous ce pseudonyme"),
            silent("Nous répondons à tous les avis, même sous pseudonyme."),
            hit("Heureux d'avoir pu vous rassurer.", "d'avoir pu vous rassurer"),
            silent("Heureux d'avoir pu vous renseigner sur nos horaires."),
            hit("Au cours de notre séance, nous avions parlé de la reprise du sport.", "notre séance"),
            hit("Depuis notre premier rendez-vous, quel chemin !", "notre premier rendez-vous"),
            silent("Lors de notre première consultation, nous prenons le temps de faire connaissance."),
            // Text-message words read in full: « dem1 » is « demain », « pr » is « pour ».
            hit("mci Josiane, on se voit dem1 pr le pansement", "on se voit dem1"),
            // The practice's online diary, and « revoir toute question » (to go over any question).
            silent("Des plages sont libérées chaque lundi matin sur notre agenda en ligne."),
            silent("Notre coordinatrice se fera un plaisir de revoir toute question de facturation."),
            hit("Je vous ai trouvée sur notre agenda de mardi.", "sur notre agenda"),
        ],
    );
}

#[test]
fn visit_confirmation_english() {
    run(
        Category::VisitConfirmation,
        LangChoice::En,
        &[
            // The reader on a list of the practice, not on its register, or examined.
            hit("Hi Tom, you're on our repeat prescription list already.", "you're on our repeat prescription list"),
            hit("As you're not enrolled with us, we could only offer a private slot.", "you're not enrolled with us"),
            hit("Dr Ahmed did examine your back before advising rest.", "did examine your"),
            // The reader's next visit.
            hit("Thanks Jo, and ask for Sue next time you're in.", "next time you're in"),
            hit("Welcome to the Northgate Physio family, Jo!", "Welcome to the Northgate Physio family"),
            silent("Nobody should have to state the reason for their appointment where others can hear."),
            silent("We cannot confirm or deny whether you were seen at our clinic."),
            silent("We can neither confirm nor deny that you are a patient here."),
            hit("We can't discuss your surgery here.", "your surgery"),
            // The practice's appointments in general.
            silent("Partners and support people are very welcome at our appointments."),
            hit("We missed you at our appointments last month.", "our appointments"),
            // A gift brought to the practice.
            hit("Thanks so much for the lovely flowers, Sophie!", "Thanks so much for the lovely flowers"),
            // News of the reader's care asked for, and the next session shared with them.
            hit("Thanks Sophie, keep me posted!", "keep me posted"),
            hit("Thanks Sophie! Looking forward to our next check-in!", "our next check-in"),
            // A colleague's past offer to the reader confirms care, but an offer still open does not.
            hit("Your GP had already offered you a video consultation.", "offered you"),
            silent("Your GP can offer you a video consultation if you prefer."),
            // Paperwork the reader requested.
            hit("The letter you asked me to write went out on Friday.", "you asked me to write"),
            silent("If you would like us to fill in a form, reception can explain the fee."),
            // A follow-up offered to the reader follows a visit; a first appointment does not.
            hit("Our reception team can book you a follow-up if anything changes.", "book you a follow-up"),
            silent("Our reception team can book you an appointment whenever suits you."),
            // The reader's own doctor informed of their care; advice to see one's doctor is general.
            hit("Jessica, that's state law. Your doctor has been informed.", "Your doctor has been informed"),
            hit("We have notified your GP about the reaction.", "notified your GP"),
            silent("If anything changes, please talk to your doctor."),
            // Someone at the practice remembering the reader's own moments.
            hit("Thank you! Sarah remembers your lovely smile well.", "remembers"),
            silent("Thank you! Sarah will be delighted to read your kind words."),
            // The practitioner ending the therapy they gave the reader.
            hit("As explained by email, I stopped our sessions.", "stopped our sessions"),
            silent("Our sessions last fifty minutes and can be held by video."),
            // The reader's place in the nurses' home round.
            hit(
                "Thank you. Your mother is at the end of our round, so the nurse arrives late.",
                "at the end of our round",
            ),
            silent("Thank you. Our round starts at 7 and ends around noon."),
            // The reader's exam or care as a pronoun.
            hit(
                "The delay was because contrast scans take longer and yours required a blood test first.",
                "yours required",
            ),
            silent("Best wishes to you and yours."),
            // A task done with the reader.
            hit("We went through it with you at the desk.", "went through it with you"),
            silent("We checked the booking system and it works again."),
            // Care resumed where it stopped.
            hit("I'm available to pick up where we left off.", "where we left off"),
            silent("The parking is still where it used to be."),
            // The reader's appointment changed at their request, and the practitioner's home visit.
            hit("We've moved your scan to Thursday as you requested.", "as you requested"),
            silent("We have shared your comments with the practice manager as you requested."),
            hit("He was beautiful at my home visit.", "my home visit"),
            silent("We offer home visits on Tuesdays."),
            hit("He was seen by the locum two days before for the same problem.", "for the same problem"),
            // The register searched for the reader; a system or schedule reviewed for the practice's sake.
            hit("We checked our system and no one by this name has ever been a patient here.", "checked our system"),
            silent("We checked our booking system and found a glitch that sent some reminders twice."),
            silent("We reviewed our schedule and added more slots on Saturdays."),
            // A past visit judged by its length or its reason.
            hit("A longer appointment was exactly what you needed.", "longer appointment"),
            silent("A longer appointment can be booked online."),
            hit("He came in twice for the same problem.", "for the same problem"),
            silent("Many people call for the same problem."),
            // Messages left, past assessments, requested documents and a care pathway confirm a patient.
            hit("We rang twice on Monday and left messages.", "left messages"),
            silent("Please leave a message and we will call back."),
            hit("You had already been assessed by our nurse.", "assessed by"),
            silent("You can be seen by the duty doctor on weekdays."),
            hit("During your initial assessment we discussed this.", "your initial assessment"),
            silent("Every new client has an initial assessment."),
            hit("The fit note you asked for was ready.", "you asked for"),
            silent("Any request goes through reception."),
            hit("We were glad to get you onto the right care pathway.", "care pathway"),
            silent("We explain the care pathway on our website."),
            hit("Your daughter was treated here.", "was treated"),
            hit("It was great to meet you, Sophie!", "great to meet you"),
            hit("Sorry for the wait, our front desk checked you in late.", "checked you in"),
            hit("During your visit we did everything we could.", "your visit"),
            hit("Our records show you were here twice.", "Our records show"),
            hit("As I said during our conversation, nothing was missed.", "our conversation"),
            hit("Thanks Sophie, it was lovely to catch up with you.", "lovely to catch up with you"),
            hit("We will keep a close watch on that spot.", "keep a close watch on that"),
            hit("We will no longer be treating you.", "no longer be treating you"),
            hit("After abusing our staff, Mr Smith is not welcome back.", "not welcome back"),
            hit("We have removed you from our patient list.", "removed you from our patient list"),
            hit("Sorry you had to wait in the car park, Sophie.", "wait in the car park"),
            silent("We never confirm or discuss whether a person has been seen at our practice."),
            hit("You were offered a same-day appointment and declined it.", "were offered a same-day appointment"),
            hit("See you both next term!", "See you both"),
            hit("We will see her again in the spring for a check.", "see her again"),
            silent("Thanks for the review! We hope to see many of you at our open day."),
            hit("You'd already booked both sessions this year.", "You'd already booked"),
            silent("If needed, you would need a referral from a GP first."),
            silent("We hope to see them at our open evening next month."),
            silent("Glad your visit to our website was useful."),
            hit("We saw him twice last month and he is doing great.", "We saw him twice"),
            silent("Your comments are fair; we checked them again with the team."),
            hit("Thank you, it was an honour to walk alongside you through such a hard time.", "walk alongside you"),
            hit("I am so proud of the work we did together.", "did together"),
            hit("It has been a joy watching you grow in confidence week after week.", "watching you grow"),
            hit("Glad you were able to get the support you needed here.", "get the support you needed"),
            hit("You were always on time, which we appreciated.", "You were always on time"),
            silent("Please call us so you can get the help you need."),
            silent("Our practice is something we built together with this community."),
            hit("I'd encourage you to bring this up in session.", "bring this up in session"),
            silent("What is said in therapy stays confidential."),
            hit("Hope to see you at your annual physical!", "your annual physical"),
            silent("Annual physicals are covered by most plans."),
            hit("The left one may need a tweak, so pop in whenever you're passing.", "pop in whenever"),
            silent("Feel free to call us whenever it suits you."),
            hit("You were right to come in early.", "right to come in"),
            silent("You are right that our phone line gets busy."),
            hit("We loved seeing them last week.", "loved seeing them"),
            silent("We loved reading your kind words."),
            hit("Our receptionist offered you the next free slot.", "receptionist offered you"),
            hit("We had to move you to the afternoon list.", "We had to move"),
            hit("Dr Walsh squeezed you in that same week.", "Dr Walsh squeezed"),
            silent("We thanked you privately for the kind words."),
            silent("We are sorry we disappointed you, please call the practice."),
            silent("If we kept you waiting, please accept our apologies."),
            hit("We could not find anyone by that name in our system.", "could not find anyone"),
            hit("We would rather book you back in next month.", "book you back in"),
            silent("If you cannot find parking, call us."),
            hit("The nurse already triaged you, so the wait was out of our hands.", "triaged you"),
            silent("Our GPs can refer patients to the hospital when needed."),
            hit(
                "Our front desk had to check your details until you could finally be examined.",
                "until you could finally be examined",
            ),
            silent("We keep slots free so that patients can be seen the same day."),
            hit("Please bring the form to our next appointment.", "our next appointment"),
            silent("We will discuss your feedback at our next team meeting."),
            // Repeated visits told as the reader's courage.
            hit("It meant a lot that you kept coming back week after week.", "coming back"),
            silent("Many people find weekly sessions easier to keep up."),
            // The reader's physical, staff remembering the reader, the register searched, a relative's next visit.
            hit("Your cover had lapsed at the time of your physical.", "your physical"),
            silent("We care about your physical comfort in the chair."),
            hit("Our receptionist remembers you well.", "remembers you"),
            silent("Our booking app remembers your details."),
            hit("We searched our client list and found no booking under that name.", "searched our client list"),
            silent("We have checked the list of local pharmacies on our website."),
            hit("We'll check his weight at the next visit.", "at the next visit"),
            silent("We will discuss your feedback at the next team meeting."),
            // A goodbye typed on a phone.
            hit("Thx Bec!! c u Thurs for the next adjustment", "c u Thurs"),
            silent("Thx Bec! Team loves hearing this"),
            // One booking stated without a possessive, and "ur" before a visit word.
            hit("thx Sam, appt confirmed for Fri 3pm", "appt confirmed for Fri"),
            silent("Appointments booked online are confirmed by text."),
            hit("Thx! ur next appointment is Weds 9am", "ur next appointment"),
            // The practice's records looked up, and the reader's own call recounted in the past.
            hit("Having checked the diary, nothing was cancelled.", "Having checked the diary"),
            silent("Having checked the reviews, we are changing our phone system."),
            hit("When you called last month, we explained the charge.", "When you called"),
            silent("When you call, please have your questions ready."),
            // A moment of the visit the review describes, and the reader's last visit.
            hit("At the end of the session, reception took the payment.", "At the end of the session"),
            silent("At the end of the day, the practice closes at 7pm."),
            hit("The last time you were in, the wait was long.", "last time you were"),
            silent("Next time you call, ask for the nurse."),
            // Meeting the reader again: a catch-up, a rebooking, a reminder for the next visit.
            hit("It was so lovely catching up with the whole family.", "was so lovely catching up"),
            silent("It would be lovely to catch up on your feedback by phone."),
            hit("Good luck with the exams, we will catch you after the holidays.", "catch you after"),
            silent("Don't let the winter rush catch you out."),
            hit("Great work. Same time in three months?", "Same time in three months"),
            silent("The flu clinic runs at the same time every year."),
            hit("Please bring your water bottle next time.", "bring your water bottle"),
            silent("Don't forget your sunscreen this time of year."),
            // The practice trying to reach the reader, and the reader moved to another slot.
            hit("We have been trying to reach you about this.", "trying to reach you"),
            silent("We would like to reach you privately: please call us on 555 0100."),
            hit("Things are calmer now that you have switched to the morning appointments.", "switched to the morning"),
            silent("You can switch to a morning appointment online at any time."),
            // Abbreviated names of the reader's visits.
            hit("Your appt is confirmed for next week.", "Your appt"),
            hit("Your med check was standard.", "Your med check"),
            silent("Appts can be booked online."),
            // The reader in the passive or in the third person.
            hit("You were asked to book in with the GP.", "You were asked"),
            silent("Patients are asked to book in with the GP."),
            hit("This reviewer was discharged from our service.", "was discharged"),
            silent("This reviewer is welcome to contact us."),
            hit("This was after missing multiple appointments.", "missing multiple appointments"),
            silent("Patients who miss appointments may be charged a fee."),
            hit("Your referral to the eye clinic came through.", "Your referral"),
            silent("Referrals to the eye clinic are free."),
            // A question that books the reader again.
            hit("Shall we pop you back in on Tuesday?", "pop you back in"),
            silent("Shall we pop a leaflet in the post?"),
            hit("Your f/u is booked.", "Your f/u"),
            hit("Glad the referral to the eye clinic came through quickly.", "the referral"),
            silent("The referral to a specialist is free on the NHS."),
            hit("We'll squeeze her in tomorrow.", "squeeze her in"),
            silent("Please call as early as possible and the team will do their best to fit you in."),
            silent("We can fit in extra appointments on Saturdays."),
            // The reader called a patient of some kind; the first time they came in.
            hit("Zoe was a model patient, well done!", "was a model patient"),
            silent("Every model in our shop window was chosen by the team."),
            hit("Look at you now compared to when you first came in!", "when you first came in"),
            silent("When you first open the app, pick a language."),
            // The reader's years on the list, their visits counted, or set against other patients.
            hit("You have been a client of ours for six years.", "You have been a client of ours"),
            silent("If you have been a patient with us, please call the office."),
            hit("You had booked 7 sessions with Dr Lee.", "7 sessions"),
            silent("You can book up to 7 sessions online."),
            hit("You were here more than most of our other patients.", "more than most of our other patients"),
            silent("We care for more than 5,000 patients."),
            silent("Receipts are issued at every session."),
        ],
    );
}

#[test]
fn date_or_time_french() {
    run(
        Category::DateOrTime,
        LangChoice::Fr,
        &[
            // A range of opening hours, and the practice's premises as news.
            silent("Nous sommes ouverts du lundi au samedi de 8h30 à 20h, et l'équipe est à votre disposition."),
            silent("Vous avez raison : le vieux radiateur a rendu l'âme en décembre, il est réparé."),
            // A closing wish about the season, and a date after « du ».
            silent("Merci ! Profitez bien de l'été."),
            hit("Oubliez pas votre prise de sang du mois prochain.", "du mois prochain"),
            // One day in so many is a rota.
            silent("Pour info, on est de garde 1 dimanche sur 4, le calendrier est affiché sur la porte."),
            // The day after an event the sentence describes.
            hit("Nous l'avons délivrée dès le lendemain matin.", "le lendemain"),
            silent("Les résultats arrivent en général le lendemain."),
            // A new rule of the practice.
            silent("Nous donnons désormais un créneau d'une heure la veille."),
            // When to call, and the practice's news, date no one's care.
            silent("N'hésitez pas à rappeler après 11h, la ligne est plus calme."),
            silent("Bonjour, on a repeint la salle d'attente en avril, merci de votre patience."),
            silent("Pour un enfant malade, le 15 ou le 116 117 peuvent vous orienter le soir."),
            hit("Votre test de glycémie a été fait à 26 SA.", "à 26 SA"),
            hit("Le solde est dû depuis le mois de mars.", "depuis le mois de mars"),
            // « le week-end » alone means at weekends: advice for any weekend, unless a past event.
            silent("En cas de besoin le week-end, vous pouvez appeler le 116 117."),
            hit("Vous êtes venue le week-end pour votre entorse.", "le week-end"),
            // The time of a visit the practice will make to the reader; its rounds in general stay silent.
            hit("Nous repasserons chez vous jeudi vers 9 h.", "jeudi"),
            // The practice's own means dated, beside a reader who is right; the reader's call stays dated.
            silent("Vous avez raison, le standard a été saturé ces dernières semaines."),
            hit("Vous avez appelé le secrétariat le 12 mars pour votre résultat.", "le 12 mars"),
            hit("Nous passerons à 8 h 15 mardi prochain.", "mardi prochain"),
            silent("Nous passons à domicile du lundi au vendredi."),
            silent("Nous passerons aux horaires d'été dès le mois prochain."),
            // One day's delay named by its weekday dates the visit the review complains about.
            hit("Le retard de ce jeudi tenait à une urgence.", "Le retard de ce jeudi"),
            silent("Le retard de ce matin est rattrapé."),
            silent("Les créneaux se libèrent souvent la veille sur Doctolib."),
            // A sentence after a closing formula is no signature, so its time still counts.
            hit("Merci Sophie !\n\nCordialement,\nLa péridurale a été posée vers 3 h.", "vers 3 h"),
            // « dès 8 h » dates one past event, but in the present it gives opening hours.
            hit("Je vous ai laissé un message dès 8 h pour décaler.", "dès 8 h"),
            silent("Le secrétariat est joignable dès 8 h."),
            // A child's school or nursery start dates the reader's family life.
            hit("Pensez au rappel de votre fils avant l'entrée à l'école.", "avant l'entrée à l'école"),
            silent("Les rappels se font aux âges clés pour tous les enfants."),
            // The next or last time is a visit, but a time after a routine of the practice is a schedule.
            hit("Promis, la prochaine fois je parle moins de foot et plus de votre genou.", "la prochaine fois"),
            silent("La prochaine fois, appelez-nous avant de vous déplacer."),
            silent("La prochaine fois que vous appelez, demandez directement le secrétariat."),
            silent("La prochaine fois que le cabinet fermera, nous le signalerons sur Google."),
            hit("Votre séance commence à 18h30, merci d’arriver en avance.", "à 18h30"),
            silent("Bonjour, sachez que les tournées commencent à 6h30."),
            // « on en reparle » is the next meeting with the reader.
            hit("On en reparle le 14.", "le 14"),
            silent("On en reparle en équipe pour améliorer l’accueil."),
            // A delay counted back from an event dates it.
            hit("Vous étiez déjà venue deux semaines plus tôt.", "deux semaines plus tôt"),
            silent("Les résultats arrivent en général deux jours plus tôt que prévu."),
            // « le week-end » beside other out-of-hours periods is when the duty service answers.
            hit("Vous êtes venue le week-end dernier sans rendez-vous.", "le week-end dernier"),
            silent("Le soir, la nuit ou le week-end, appelez le 15 pour joindre le médecin de garde."),
            hit("Votre consultation du 12 mars s’est bien passée.", "12 mars"),
            hit("Vous êtes venue mardi dernier à 18 h.", "mardi dernier"),
            hit("Ce matin-là, vous êtes arrivée en avance.", "Ce matin-là"),
            hit("Votre appel de lundi a bien été enregistré.", "lundi"),
            hit("Content de vous avoir vu ce week-end au tournoi.", "ce week-end"),
            hit("Vous aviez déjà annulé le mois précédent.", "le mois précédent"),
            hit("Bravo à votre mari, 6 mois déjà sans cigarette !", "6 mois déjà"),
            silent("Le cabinet sera fermé ce week-end pour travaux."),
            silent("Les majorations de dimanche sont fixées par la convention."),
            silent("Le cabinet est ouvert du lundi au vendredi, de 9 h à 17 h."),
            silent("Depuis janvier, notre secrétariat est joignable plus facilement."),
            hit("Bon courage pour cette semaine après votre opération.", "cette semaine"),
            silent("Bon courage pour cette semaine de canicule, pensez à vous hydrater."),
            silent("Les prochaines séances de sophrologie commencent en octobre et en février, les inscriptions se font en ligne."),
            hit("Votre fils a beaucoup progressé cette année.", "cette année"),
            silent("Le cabinet fête ses dix ans cette année, merci à tous."),
            silent("Les séances collectives reprennent en janvier, le mardi soir."),
            hit("Désolée pour l’attente de mercredi, Sophie, la matinée avait été chargée.", "mercredi"),
            silent("La majoration de dimanche est fixée par la convention."),
            hit("Votre injection est prévue entre 8 h et 9 h.", "entre 8 h et 9 h"),
            silent("Vous pouvez joindre le secrétariat entre 8 h et 12 h."),
            hit("Désolés, Sophie, notre collègue était seule ce matin-là avec une salle pleine.", "ce matin-là"),
            silent("Le cabinet se trouve au 12 av. Jean Jaurès, au premier étage."),
            hit("Merci Sophie, on reprend les séances dès la rentrée.", "dès la rentrée"),
            silent("Le cabinet accueillera une nouvelle orthophoniste à la rentrée."),
            // Seasons with a determiner, SMS abbreviations, delays given without a number.
            hit("Le kiné vous a accompagnée tout l’automne, il vous salue.", "tout l’automne"),
            hit("Vous nous avez manqué l’été dernier, Sophie.", "l’été dernier"),
            silent("Le cabinet ferme tout l’été pour travaux."),
            hit("Bonne fin de semaine, et à la semaine pro pour votre contrôle !", "la semaine pro"),
            hit("Content de vous avoir revu après si longtemps !", "après si longtemps"),
            // The reader as the subject of care makes a date theirs, even beside the practice's name.
            hit("Vous êtes suivie au centre depuis 2019, nous en sommes heureux.", "depuis 2019"),
            hit("Nous sommes ravis que vous soyez revenue nous voir cette année.", "cette année"),
            silent("Notre centre a ouvert en 2019, nous en sommes heureux."),
            // Dates given by the course of care.
            hit("Vous aviez signé le devis lors de la première consultation.", "lors de la première consultation"),
            silent("Les vaccins du nourrisson sont faits lors de la première consultation."),
            hit("Votre rendez-vous a été décommandé à peine une heure avant.", "à peine une heure avant"),
            silent("Toute annulation moins de 24 heures avant le rendez-vous sera facturée."),
            hit("Nous attendons votre fille pour son bilan des 4 ans.", "son bilan des 4 ans"),
            silent("Le bilan des 4 ans est proposé à l’école maternelle."),
            hit("On se revoit jeudi au créneau habituel.", "au créneau habituel"),
            silent("Le secrétariat répond aux horaires habituels."),
            // Time counted from a visit.
            hit("Votre fils a beaucoup grandi depuis sa dernière consultation !", "depuis sa dernière consultation"),
            silent("Depuis notre dernière newsletter, deux collègues nous ont rejoints."),
            // Visits counted within a period.
            hit("Vous êtes passée trois fois ce mois-ci, Sophie.", "trois fois ce mois-ci"),
            silent("N’hésitez pas à lire la rubrique des questions fréquentes, mise à jour ce mois-ci."),
            // A date in an apology dates what the reader went through.
            hit("Nous sommes désolés pour l’attente de vendredi, Sophie.", "vendredi"),
            // A day that is also an emergency number is a date before a month.
            hit("Vous aviez un créneau en urgence le 15 avril, Sophie.", "le 15 avril"),
            silent("En cas d’urgence, appelez le 15."),
            // « le mercredi » after a participle, in an account of the past, is one day.
            hit("Vos douleurs avaient commencé le mercredi.", "le mercredi"),
            silent("Les consultations avaient lieu le mercredi avant les travaux."),
            // Thanks for the feedback leave practice news the practice's.
            silent("Merci, votre remarque a été transmise, et un nouvel assistant nous a rejoints en mai."),
            // A deadline of the reader's care counts only beside another finding in its sentence.
            hit("Avec le méthotrexate, vous devriez voir une nette amélioration d'ici trois semaines.", "d'ici trois semaines"),
            silent("Le nouveau site de prise de rendez-vous sera en ligne d'ici l'été."),
            silent("Vous pourrez prendre rendez-vous en ligne d'ici la rentrée."),
            // The first visit or the usual slot, beside another finding.
            hit("Je vous rappelle que le devis vous a été remis dès le premier rendez-vous.", "dès le premier rendez-vous"),
            silent("Un devis détaillé est remis dès la première demande."),
            hit("Merci ! On se voit jeudi comme d'habitude.", "comme d'habitude"),
            silent("Comme d'habitude, le cabinet sera fermé la première semaine d'août."),
            // A delay typed on a phone: « ds » for « dans », « sem » for « semaines ».
            hit("Super Sophie, on se voit ds 3 sem pour la suite ?", "ds 3 sem"),
            silent("Le cabinet rouvre ds 3 sem, après les congés."),
            hit("Tu peux reprendre le sport, doucement pendant 15j.", "pendant 15j"),
            silent("Le cabinet ferme pendant 15j en août."),
            // Time counted from the first meeting; the exchange about the review is not a visit.
            hit("Merci, quel chemin depuis notre première rencontre !", "depuis notre première rencontre"),
            silent("Depuis notre première journée portes ouvertes, l’équipe accueille des stagiaires."),
            // An apology for the practice's phone line dates the practice's failure, not care; « 12 h. »
            // ends its sentence.
            silent("Nous vous présentons nos excuses : notre standard a été saturé tout le mois de novembre."),
            silent("Depuis le 1er décembre, une deuxième ligne est ouverte de 8 h à 12 h. Merci de votre patience !"),
            hit("Nous vous présentons nos excuses pour l’attente du 3 novembre.", "3 novembre"),
            // A span of time ahead is the practice's delay or a rule of thumb unless a finding shares its sentence.
            hit("Votre genou ira mieux dans les prochains jours.", "les prochains jours"),
            silent("Bonjour, une réponse écrite vous parviendra dans les prochains jours."),
            hit("Vos orthèses ont été moulées sur mesure, il faut compter septante jours d'adaptation.", "compter septante jours"),
            silent("Pour toute nouvelle paire de chaussures, il faut compter septante jours d'adaptation."),
            // An apology in text-message spelling dates what the reader went through.
            hit("Dsl pour l'attente de mardi, on fait au mieux.", "mardi"),
            silent("Dsl pr le retard, le cabinet est ouvert le mardi."),
            // The day's delay, beside a finding.
            hit(
                "Merci au monsieur qui vous accompagnait, ce n'était pas facile avec le retard du jour.",
                "le retard du jour",
            ),
            silent("Le retard du jour est affiché à l'accueil et sur notre site."),
            // The current quarter dates care like the current week.
            hit("Vous avez manqué deux séances ce trimestre.", "ce trimestre"),
            silent("Le cabinet recrute ce trimestre une nouvelle assistante."),
            // The time of the practitioner's home visits to the reader.
            hit("Nous venons toujours chez vous le soir.", "chez vous le soir"),
            silent("Nos infirmières se déplacent chez vous le matin sur demande."),
            // A weekday placed before another event names one day.
            hit("Nous vous avons appelée le vendredi précédent.", "le vendredi précédent"),
            silent("Le cabinet est fermé le lundi suivant Pâques."),
            silent("Merci pour vos mots sur le cabinet, que nous avons rénové l'an dernier."),
        ],
    );
}

#[test]
fn date_or_time_english() {
    run(
        Category::DateOrTime,
        LangChoice::En,
        &[
            // The year of a wish.
            silent("Wishing you health and happiness in 2026!"),
            silent("Ring reception on 0114 496 0215 (Mon–Fri, 8am–6pm)."),
            hit("Dr. Kim was running behind that Tuesday because of an emergency.", "that Tuesday"),
            silent("Most routine blood tests are reported within 24 hours."),
            // The time of a visit the practice will make to the reader.
            hit("I'll pop round at 10 next Monday.", "next Monday"),
            silent("You're right, our phones were down last week."),
            hit("You called the front desk on March 3 about your results.", "March 3"),
            silent("We visit patients at home Monday to Friday."),
            // The stage of the reader's care counted in weeks, beside another finding.
            hit("Keep your knee brace on for the first two weeks.", "for the first two weeks"),
            silent("The clinic will open late for the next two weeks."),
            // A past season beside the reader is the date of their visit.
            hit("Great to see you back last summer after that sprain.", "last summer"),
            // A bare hour beside a day; opening hours for everyone are not.
            hit("Thanks George! See you at 8 tomorrow.", "at 8 tomorrow"),
            silent("Thanks Sophie! Our doors open at 8 every weekday."),
            // A year dates the reader's own event when they are the subject, but the practice's history needs more.
            hit("Your record was under your maiden name from when you registered in 2018.", "in 2018"),
            silent("Thank you for your review. Our practice opened in 2018 and now has four nurses."),
            hit("Next time we'll look at that knee again.", "Next time"),
            silent("Next time you call, ask for the front desk manager."),
            // A delay counted back from an event dates it, unless a noun follows as in a notice period.
            hit("You had been seen three days earlier by our nurse.", "three days earlier"),
            silent("Our reminders go out two days before."),
            hit("You checked in at 2:45 for your appointment.", "2:45"),
            hit("Sorry the waiting room was so full for you that morning.", "that morning"),
            hit("Your little one arrived so fast on Boxing Day!", "on Boxing Day"),
            hit("Thank you for trusting us with your care over these five years.", "over these five years"),
            silent("Flu shots for the season arrive in September and we'll post walk-in dates online."),
            silent("Our walk-in hours are 8 a.m. to 8 p.m., Monday to Friday."),
            hit("Hi Sophie, we listened to your call on the 14th.", "on the 14th"),
            hit("We sent you to hospital that same day, Sophie.", "that same day"),
            silent("In an emergency, call 911 right away."),
            silent("You can call us between 8 and 10 a.m. on weekdays."),
            // Seasons with a determiner, and deadlines.
            hit("So glad you enjoyed the sunshine last summer after your surgery.", "last summer"),
            silent("We're closed all summer for renovation."),
            hit("Hope your knee settles down by the weekend.", "by the weekend"),
            silent("Replies are sent by the end of the week."),
            // A weekly slot the reader takes part in is their routine, not the practice's schedule.
            hit("Lovely catching up with you every Wednesday, Sophie!", "every Wednesday"),
            silent("You are welcome to bring your questions to our drop-in every Thursday."),
            // The reader's usual slot.
            hit("See you Friday at your regular slot.", "at your regular slot"),
            hit("Same time next month, Sophie!", "Same time next month"),
            silent("Our phones reopen at the regular time after the holiday."),
            // Time counted from a visit.
            hit("Your daughter has grown so much since her last check-up!", "since her last check-up"),
            silent("Since our last newsletter, two colleagues have joined us."),
            // Visits counted within a period.
            hit("Sorry you had to come in twice this week, Sophie.", "twice this week"),
            silent("The processing of your complaint is our manager's priority this week."),
            // A gestational age, a meal time beside a finding, a period that ends at the next visit.
            hit("Congratulations, Sophie, your little boy arrived at 36 weeks!", "at 36 weeks"),
            hit("We squeezed your filling in before lunch.", "before lunch"),
            silent("Please call before lunch if you can."),
            hit("Keep the brace on until your next check-up, Sophie.", "until your next check-up"),
            // A date in an apology dates what the reader went through.
            hit("We're so sorry about the long wait on Friday, Sophie.", "on Friday"),
            silent("Sorry, our phone line is closed on Friday."),
            // A wish for one person's plans dates them.
            hit("Good luck with the Paris half marathon in April!", "in April"),
            silent("Our new physio joins the team in April."),
            // Days of the week abbreviated, and a range of them as opening days.
            hit("Your slot moved to next Tues, see you then.", "next Tues"),
            silent("You can book online, we are open Mon to Fri."),
            // Delays typed on a phone: "next wk", "2 wks".
            hit("Thx! ur check is booked for next wk", "next wk"),
            hit("Great to hear, see u again in 2 wks", "in 2 wks"),
            silent("We reopen in 2 wks after the holidays."),
            // A season with no article dates progress as well as "since the spring".
            hit("It has improved a lot since winter, and you should be proud.", "since winter"),
            silent("We have offered Saturday clinics since winter."),
            // A dated visit of the reader, with the practice in the same sentence.
            hit("You came in on 3 March, and we agree it was busy.", "on 3 March"),
            silent("Our new physio starts on 3 March, and we are thrilled."),
            hit("Glad the COVID scare in the fall is behind you.", "in the fall"),
            silent("Flu jabs are given in the fall."),
            hit("We loved seeing her grin on debond day with her braces off.", "on debond day"),
            silent("On surgery day, please arrive early."),
            // A day and an hour of one appointment without "at".
            hit("See ya, appt tmrw 8am!", "tmrw 8am"),
            silent("We are open tomorrow from 8 to 6."),
            // Text-message words read in full: "u" is "you".
            hit("thx Jo, c u at 3 tmrw for the xray", "tmrw"),
        ],
    );
}

#[test]
fn echo_of_review_french() {
    run(
        Category::EchoOfReview,
        LangChoice::Fr,
        &[
            // Groups listed, each with « les », are the practice's clientele.
            silent_after(
                "Merci pour le suivi de mon fils.",
                "Accompagner les enfants et les adolescents est au cœur de notre métier.",
            ),
            // Care of any kind, or how it is done for everyone, repeats nothing of the reader's.
            silent_after(
                "Trop cher pour une seule séance d'essai.",
                "Bonjour, une première séance permet toujours de voir si la méthode convient.",
            ),
            silent_after(
                "La préparation à la naissance était trop impersonnelle.",
                "Bonjour, la préparation à la naissance se fait en petits groupes de six au cabinet.",
            ),
            // The review's word in the subject of a rule about delays.
            silent_after(
                "Résultats reçus trois semaines après la prise de sang.",
                "Les délais de transmission des résultats dépendent du laboratoire.",
            ),
            // A word of the review inside the practice's capitalised name.
            silent_after(
                "Podologue du sport au top, très pro.",
                "Merci ! L'équipe du cabinet Podo'Sport de Clermont-Ferrand vous remercie.",
            ),
            // The review's word for care, in the plural, in the practice's fee list.
            silent_after(
                "Consultation de suivi à 45 € pour 20 minutes.",
                "Les tarifs sont affichés : 60 € pour le premier rendez-vous et 45 € pour les rendez-vous de suivi.",
            ),
            // A practice that walks a whole population through its care speaks of no one, but the reader's own care does.
            silent_after(
                "Suivi de grossesse parfait, merci.",
                "Merci ! Le centre accompagne les familles, de la grossesse au suivi des premiers mois de bébé.",
            ),
            hit_after(
                "Suivi de grossesse parfait, merci.",
                "Merci ! Le centre accompagne votre suivi avec plaisir, à bientôt.",
                "suivi",
            ),
            // A practice listing what it offers, in the present, to no one in particular.
            silent_after(
                "Kiné top pour ma rééducation.",
                "Merci Sophie ! Le cabinet de kinésithérapie des Halles propose rééducation, drainage et massages.",
            ),
            hit_after(
                "Kiné top pour ma rééducation.",
                "Merci Sophie, ravie que la rééducation avance bien.",
                "rééducation",
            ),
            // How a kind of exam goes, for anyone; group sessions open to all; care owed to everyone.
            silent_after(
                "Ophtalmo expéditif.",
                "Un bilan ophtalmologique comporte plusieurs étapes, dont certaines avec l'ophtalmologiste.",
            ),
            silent_after(
                "Préparation à l'accouchement trop théorique.",
                "Les séances de préparation à la naissance en groupe associent exercices et échanges.",
            ),
            hit_after(
                "Préparation à l'accouchement trop théorique.",
                "Désolée que votre préparation à la naissance ait paru théorique.",
                "préparation à la naissance",
            ),
            silent_after(
                "Médecin qui ne prend pas la douleur au sérieux.",
                "L'écoute de la douleur, chez toutes et tous, compte beaucoup pour l'équipe.",
            ),
            // The review's group repeated as the practice's clientele is no echo.
            hit_after("Orthodontiste patient avec les ados.", "Merci ! Vos deux ados ont été adorables.", "ados"),
            silent_after(
                "Orthodontiste patient avec les ados.",
                "Merci ! Le cabinet aime accompagner enfants, ados et adultes, et votre message nous touche.",
            ),
            hit_after(
                "Cardiologue compétent mais expéditif.",
                "Merci. Votre bilan de cardiologie était complet.",
                "cardiologie",
            ),
            silent_after(
                "Cardiologue compétent mais expéditif.",
                "Merci. Si vous le souhaitez, contactez le secrétariat du cabinet de cardiologie Pasteur.",
            ),
            // The practice's standing offer for anyone (« sans rendez-vous », « toujours ») is no echo, but one past vaccination is.
            silent_after(
                "Vaccin grippe fait en 5 minutes sans rendez-vous, pharmacien très sympa.",
                "Merci ! La Pharmacie du Parc vaccine contre la grippe sans rendez-vous, du lundi au samedi.",
            ),
            hit_after(
                "Vaccin grippe fait en 5 minutes sans rendez-vous, pharmacien très sympa.",
                "Merci ! Le vaccin contre la grippe a été fait sans rendez-vous en cinq minutes.",
                "vaccin contre la grippe",
            ),
            silent_after(
                "Pharmacie qui ne fait plus les tests antigéniques, dommage.",
                "Bonjour, la pharmacie du Parc réalise toujours les vaccinations, mais plus les tests antigéniques.",
            ),
            hit_after(
                "Pharmacie qui ne fait plus les tests antigéniques, dommage.",
                "Bonjour, la pharmacie a réalisé vos tests antigéniques sans rendez-vous.",
                "tests antigéniques",
            ),
            // Short lines after a closing formula sign the reply, whatever they start with. A line that speaks to the reader is no signature.
            silent_after(
                "La maternité est vieillotte mais l'équipe est formidable.",
                "Merci pour votre message.\n\nCordialement,\nMaternité de la Clinique du Parc",
            ),
            hit_after("Enfin soulagée de ma hernie !", "Merci, une hernie demande de la patience.", "hernie"),
            hit_after("Je peux refaire du tennis grâce à vous.", "Bravo, rien ne vaut le tennis !", "tennis"),
            silent_after(
                "Super accompagnement pour ma rééducation du périnée.",
                "Merci ! Les cours de rééducation du périnée reprennent en septembre.",
            ),
            hit_after(
                "Super accompagnement pour ma rééducation du périnée.",
                "Ravie que les cours de rééducation du périnée vous aient aidée.",
                "rééducation du périnée",
            ),
            silent_after("Super accueil, cabinet très propre.", "Merci pour vos mots sur l’accueil du cabinet."),
            hit_after(
                "Elle m’a sortie de mon burn-out, merci.",
                "Merci Sophie, l’épuisement professionnel se surmonte pas à pas.",
                "épuisement professionnel",
            ),
            silent_after(
                "Elle m’a aidée pendant mon burn-out.",
                "Merci. En règle générale, l’épuisement professionnel touche aussi les soignants.",
            ),
            hit_after("Ma cheville tordue va mieux.", "Merci, une entorse bien soignée guérit vite.", "entorse"),
            hit_after(
                "Enfin débarrassée de mes maux de tête.",
                "Merci Sophie, les céphalées sont épuisantes.",
                "céphalées",
            ),
            silent_after(
                "Cabinet très propre.",
                "Merci ! Beaucoup de gens ont peur du dentiste, notre équipe prend le temps.",
            ),
            silent_after(
                "Séances de kiné au top, merci !",
                "Merci ! Les séances de kiné sont désormais possibles le samedi matin.",
            ),
            hit_after(
                "Séances de kiné au top, merci !",
                "Merci ! Vos séances de kiné pourront se faire le samedi matin.",
                "séances",
            ),
            silent_after(
                "Super radiologue, examen rapide.",
                "Merci, nous transmettons votre message à l’équipe de radiologie du centre.",
            ),
            hit_after(
                "Anesthésiste rassurant avant mon opération.",
                "Merci, ravie que l’anesthésie se soit bien passée.",
                "anesthésie",
            ),
            // A life event of the review put in other words, even in a general sentence.
            hit_after(
                "Après mon licenciement et mon divorce, elle m’a remise debout.",
                "Merci. Une séparation, c’est une épreuve.",
                "séparation",
            ),
            silent_after(
                "Très bonne écoute.",
                "Merci. Une séparation est une épreuve pour chacun, notre porte est ouverte.",
            ),
            // A booking policy for everyone, in the review's words.
            silent_after(
                "Comment faire vacciner mon bébé ?",
                "Merci ! Les vaccins se font sur RDV le mercredi, appelez le secrétariat.",
            ),
        ],
    );
}

#[test]
fn echo_of_review_english() {
    run(
        Category::EchoOfReview,
        LangChoice::En,
        &[
            // A care word that closes a proper name names the practice.
            silent_after(
                "Worst GP surgery in town.",
                "Hi Dom, sorry to read this. The practice manager is happy to talk: 0161 496 0000. Greenway Surgery",
            ),
            // A care word that qualifies a noun of the practice's rules names no one's care.
            silent_after(
                "Surgeon was great but the hospital billing is a mess.",
                "Surgeon fees and hospital fees are billed separately, which causes confusion.",
            ),
            silent_after(
                "They won't see my kids if they aren't vaccinated.",
                "Our physicians are always happy to talk through vaccine questions with any parent.",
            ),
            // The review's word for care, as a bare plural, in the practice's rule.
            silent_after(
                "Speech therapy clinic billed us for a session they cancelled.",
                "Sessions cancelled by the clinic are never charged.",
            ),
            // The practice saying what it is, and what anyone may book.
            silent_after(
                "Osteopathy fixed my back.",
                "We're a small osteopathy practice in Leeds and every review helps.",
            ),
            hit_after("Osteopathy fixed my back.", "So glad osteopathy helped, Sophie!", "osteopathy"),
            silent_after(
                "Quick hearing test, lovely staff.",
                "Thanks Sophie! Hearing tests for all ages can be booked online or at the front desk.",
            ),
            hit_after(
                "Quick hearing test, lovely staff.",
                "Thanks Sophie! Your hearing test can be booked again online.",
                "hearing test",
            ),
            // Care named bare as the subject of a present clause is how that care works for anyone.
            silent_after(
                "Counselling didn't help.",
                "Thanks for your feedback. Counselling is a shared effort, and it does not suit everyone equally.",
            ),
            silent_after("Counselling made me feel judged.", "Everyone deserves to feel respected in counselling."),
            hit_after("Counselling didn't help.", "Sorry counselling didn't help you.", "counselling"),
            // News of the premises with a past season.
            silent_after(
                "Great gym equipment and clean changing rooms.",
                "Cheers Sophie! We refurbished the rehab gym last winter and we're glad it shows.",
            ),
            // The practice's standing offer ("offers sessions", "without appointment") is no echo, but the reader's sessions are.
            silent_after(
                "Couldn't find whether she does online sessions.",
                "Thanks for asking. Harbour Therapy offers sessions in person and by video; fees are on our website.",
            ),
            hit_after(
                "Couldn't find whether she does online sessions.",
                "Thanks for asking. Your online sessions were offered by video.",
                "sessions",
            ),
            silent_after(
                "Got my vaccinations here, quick and cheap.",
                "Thanks! The pharmacy offers vaccinations without appointment every weekday.",
            ),
            hit_after(
                "Got my vaccinations here, quick and cheap.",
                "Thanks! The vaccinations were given without appointment.",
                "vaccinations",
            ),
            hit_after("My migraine is gone!", "Thanks! A migraine can be so draining.", "migraine"),
            silent_after(
                "Quick and painless flu vaccination.",
                "Thank you! Our slots for flu vaccination are on the website.",
            ),
            hit_after(
                "Quick and painless flu vaccination.",
                "Glad our slots for flu vaccination suited you.",
                "vaccination",
            ),
            silent_after("Lovely reception team.", "Thank you, our reception team will be delighted."),
            hit_after(
                "Sorted my IBS at last.",
                "Thanks Sophie, irritable bowel syndrome can be a long road.",
                "irritable bowel syndrome",
            ),
            silent_after(
                "Sorted my IBS at last.",
                "Thanks Sophie! We run a free talk on gut health for everyone next month.",
            ),
            hit_after(
                "Helped me with my fear of the dentist.",
                "Thanks Sophie! Dental anxiety is very common.",
                "Dental anxiety",
            ),
            silent_after(
                "Great dentist.",
                "Thanks Sophie! Dental anxiety is very common and we take our time with every patient.",
            ),
            silent_after("Physio sessions were great.", "Thanks! Physio sessions now run on Saturday mornings too."),
            hit_after(
                "Physio sessions were great.",
                "Thanks! Your physio sessions can move to Saturday mornings.",
                "sessions",
            ),
            silent_after(
                "Great anaesthetist before my knee surgery.",
                "We'll pass your kind words on to the anaesthesia team at the hospital.",
            ),
            // A lost job of the review put in other words, even in a general sentence.
            hit_after(
                "She helped me so much after I was laid off last year.",
                "Thank you. A redundancy shakes everything up.",
                "redundancy",
            ),
            silent_after("Great listener.", "Thank you. A redundancy can shake anyone up, and our door is open."),
            // The review's word as the practice's name, as a setting, as care the reader may book, or
            // as the subject of a clause about how care is paid.
            silent_after("The PT fixed my knee.", "Thank you, we'll share this with the whole Harbour PT team."),
            silent_after("My sessions were great.", "Our clinicians keep phones out of sight during sessions."),
            silent_after("I booked a skin check last month.", "Many plans let you book a skin check directly with us."),
            silent_after(
                "I had osteopathy for my back.",
                "Hi Sophie, osteopathy isn't covered by the national health insurance.",
            ),
        ],
    );
}

#[test]
fn implicit_outcome_french() {
    run(
        Category::ImplicitOutcome,
        LangChoice::Fr,
        &[
            hit("N'oubliez pas de continuer le fer !", "continuer le fer"),
            hit("Merci à vous ! Le CP va très bien se passer, j'en suis sûre.", "Le CP va très bien se passer"),
            hit("Ravie que cet ajustement vous ait apporté un peu de sérénité.", "vous ait apporté un peu de sérénité"),
            hit("Oser prendre la parole, c'est une belle victoire pour lui.", "une belle victoire pour lui"),
            // The reader's calmer state, a return to the sport, a leave that reveals a pregnancy.
            hit("Merci Anthony ! Heureuse de vous sentir plus apaisé.", "vous sentir plus apaisé"),
            hit("Merci Kevin ! Bon retour sur les terrains !", "Bon retour sur les terrains"),
            hit("Merci Julie, et bon congé de maternité !", "bon congé de maternité"),
            hit("Bon courage pour les dernières séances, vous y êtes presque !", "courage pour les dernières séances"),
            hit("Plus besoin de nous voir tous les deux jours, quelle bonne nouvelle !", "Plus besoin de nous voir"),
            // A complaint gone, with « ça » for subject.
            hit("Merci Sophie ! Content que ça ait lâché 😉", "Content que ça ait lâché"),
            // Results described as better beside the reader's results. Better premises are no outcome.
            hit("Depuis le nouveau traitement, vos chiffres de tension sont bien meilleurs.", "sont bien meilleurs"),
            silent("Les conditions d'accueil sont bien meilleures depuis les travaux."),
            // Mobility won back in part, stated of the reader. The same words in the infinitive are advice.
            hit("Avec les étirements, votre dos a retrouvé un peu de mobilité.", "retrouvé un peu de mobilité"),
            silent("Les étirements aident souvent à retrouver de la mobilité."),
            // Healing under way beside the wound it follows. A switchboard that recovers is no care.
            hit("J'espère que la cicatrice de votre césarienne se remet bien.", "se remet bien"),
            silent("Notre standard se remet bien de la panne."),
            // Relief brought to a named complaint. Worries eased by a reply are no care.
            hit("Heureuse que ces quelques séances d'ostéopathie aient enfin soulagé votre lumbago.", "soulagé votre"),
            silent("Nous espérons que notre réponse a apaisé vos inquiétudes."),
            // A course of treatment kept up, praised. « tenu compte » is no course of treatment.
            hit("Bravo d'avoir tenu les trois mois de traitement !", "Bravo d'avoir tenu"),
            silent("Merci d'avoir tenu compte de nos remarques."),
            // A diagnosis declared harmless for the reader's child, then the same words as general advice.
            hit("Votre fils avait une otite sans signe de gravité.", "sans signe de gravité"),
            silent("Un rhume sans signe de gravité se soigne souvent seul."),
            // A result promised to the reader, and a reaction after a session described as expected.
            hit("Courage, tu verras, cela vaudra la peine.", "tu verras, cela vaudra la peine"),
            silent("Tu verras, le nouveau parking vaut le détour."),
            hit(
                "Il est courant de sentir une légère gêne dans les jours qui suivent.",
                "courant de sentir une légère gêne dans les jours qui suivent",
            ),
            silent("Il est normal de ressentir de la colère quand personne ne répond au téléphone."),
            // Care the reader took part in, liked in the subjunctive.
            hit("Contente que les séances de massage vous aient plu !", "vous aient plu"),
            silent("Toute l'équipe est contente que l'accueil vous ait plu."),
            // Reassurance counts next to a result, not about a message.
            hit("Bonjour, vos résultats sont arrivés, le frottis est normal, pas d’inquiétude.", "pas d’inquiétude"),
            silent("Pas d’inquiétude, votre message a bien été transmis à l’équipe."),
            // A new family of three, and weight stated before the participle.
            hit("Plein de douceur pour ces premières semaines à trois !", "semaines à trois"),
            silent("Les premières semaines du nouveau cabinet ont été intenses."),
            hit("Les 8 kilos perdus depuis janvier ne viennent pas d’internet.", "8 kilos perdus"),
            silent("Notre table d’examen supporte jusqu’à 200 kilos."),
            // A birth congratulated or cuddled, and things calming down for the reader.
            hit("Bravo pour ce premier petit bout !", "petit bout"),
            hit("Des bisous au petit bout !", "bisous au petit bout"),
            silent("Merci pour les bisous !"),
            hit("Ravie que ça se calme enfin pour vous.", "se calme"),
            silent("Ravie que la salle d'attente rénovée vous plaise."),
            hit("Merci Sophie, heureux que vous alliez mieux !", "vous alliez mieux"),
            hit("Merci et bon rétablissement !", "bon rétablissement"),
            hit("Ravi que votre sourire vous plaise.", "votre sourire"),
            hit("Merci Sophie, vous avez retrouvé toute votre mobilité.", "retrouvé toute votre mobilité"),
            hit("La biopsie est revenue bénigne, bonne nouvelle.", "est revenue bénigne"),
            hit("Merci Sophie, vous pourrez bientôt reprendre la course !", "pourrez bientôt reprendre la course"),
            silent("Merci pour votre message. Prenez soin de vous !"),
            silent("Une maintenance du site a perturbé les réservations ; tout est rentré dans l'ordre."),
            silent("Bonne continuation et belle journée !"),
            silent("Continuez à prendre soin de vous et de vos proches."),
            hit("Ravi que la mobilité du genou revienne petit à petit.", "revienne"),
            hit("Vos efforts portent leurs fruits, bravo !", "efforts portent leurs fruits"),
            hit("Pensez à garder l’attelle encore deux semaines.", "encore deux semaines"),
            hit("Ces rougeurs vont s’estomper rapidement.", "vont s’estomper"),
            hit("Le gel agit en quelques jours, patience.", "gel agit en quelques jours"),
            hit("Je vous souhaite d’aller vite mieux.", "aller vite mieux"),
            hit("Continuez à porter vos semelles tous les jours.", "Continuez à porter"),
            silent("Les délais d’attente vont diminuer grâce à l’arrivée d’un nouveau confrère."),
            silent("Nous vous souhaitons de passer de belles fêtes."),
            hit("Heureuse que le sommeil soit revenu.", "soit revenu"),
            hit(
                "Merci pour les fleurs, et bonne route pour la suite du traitement.",
                "bonne route pour la suite du traitement",
            ),
            silent("Merci pour votre message et bonne continuation !"),
            silent("Merci ! Continuez à faire vivre le commerce local, c’est précieux."),
            silent("Les travaux vont disparaître d’ici l’été et l’accès sera plus simple."),
            hit("Je n’oublierai pas votre courage face à cette épreuve.", "votre courage face à cette épreuve"),
            silent("Merci pour votre courage face à la file d’attente."),
            hit("Vous avez été parfaite du début à la fin.", "Vous avez été parfaite"),
            hit("Bonne reprise de la course à pied !", "Bonne reprise de la course"),
            silent("Bonne reprise à toute l’équipe après les vacances."),
            hit("Contente que les nuits soient redevenues paisibles.", "soient redevenues"),
            silent("Le parking est redevenu accessible depuis la fin des travaux."),
            hit("Le grain de beauté ne présentait aucun signe inquiétant.", "présentait aucun signe inquiétant"),
            hit("Vous n’avez pas de raison de vous alarmer.", "pas de raison de vous alarmer"),
            silent("Vous n’avez aucune raison de douter de notre discrétion."),
            hit("D’ici là, ne lâchez rien !", "ne lâchez rien"),
            silent("Nous ne lâchons rien pour améliorer l’accueil."),
            hit("Profitez bien de votre nouvelle vision, fini les lunettes pour lire !", "votre nouvelle vision"),
            hit("Bonjour Sophie, et félicitations à nouveau !", "félicitations à nouveau"),
            silent("Merci pour vos félicitations, nous les transmettons à l’équipe."),
            hit("Bienvenue au petit Malo !", "Bienvenue au petit"),
            silent("Bienvenue aux petits comme aux grands dans notre nouvelle salle d’attente."),
            hit(
                "Cette technique soulage souvent, heureuse que cela ait été votre cas.",
                "heureuse que cela ait été votre cas",
            ),
            silent("Si c’est votre cas, n’hésitez pas à nous appeler."),
            hit("Chapeau pour la constance dans les exercices à la maison !", "Chapeau pour la constance"),
            hit("Vous avez tenu le coup jusqu’au bout, bravo.", "Vous avez tenu le coup"),
            silent("Nous avons tenu le coup malgré la panne informatique."),
            hit("Toute l’équipe est heureuse pour vous !", "heureuse pour vous"),
            silent("Toute l’équipe est heureuse de lire votre message."),
            hit("Ce protocole suffit souvent, ce qui est justement votre cas.", "ce qui est justement votre cas"),
            silent("Ce qui est votre droit : nous écrire en privé."),
            // A birth welcomed, and the nights after it.
            hit("Merci Sophie, et bienvenue à la petite Jade !", "bienvenue à la petite"),
            silent("Bienvenue au cabinet à notre nouvelle collègue."),
            hit("Merci Sophie ! J’espère que les nuits avec bébé sont plus calmes.", "nuits"),
            silent("Les nuits sont souvent courtes pour les jeunes parents, les ateliers du jeudi en parlent."),
            // Congratulations that look back on a known event.
            hit("Merci Sophie, et encore nos félicitations, à très vite !", "encore nos félicitations"),
            silent("Félicitations à toute l’équipe pour ce beau travail."),
            // A symptom gone, in any case of letters.
            hit("Merci Sophie, fini les vertiges, quelle bonne nouvelle !", "fini les vertiges"),
            silent("Plus de places disponibles le samedi, désolés."),
            hit("Ravie que vos aphtes aient complètement disparu !", "aient complètement disparu"),
            hit("CONTENTE QUE VOS ROUGEURS AIENT ENFIN DISPARU !", "AIENT ENFIN DISPARU"),
            silent("Ravis que les travaux du parking soient enfin terminés."),
            // The reader put back on their feet, and courage for a newborn's care in SMS spelling.
            hit("Votre ostéo vous a remise d’aplomb, tant mieux !", "remise d’aplomb"),
            silent("Le projet du nouveau cabinet est enfin remis sur les rails."),
            hit("slt sophie, bon courage pr l’allaitement !", "courage pr l’allaitement"),
            silent("Bon courage pour les révisions du bac !"),
            // Results normal with a word between, back in action, progress heard already, the road travelled.
            hit("Merci Sophie, vos analyses étaient d’ailleurs tout à fait normales.", "tout à fait normales"),
            silent("Les résultats sont envoyés par courrier, c’est tout à fait normal d’attendre une semaine."),
            hit("Ravis de vous savoir à nouveau autonome, Sophie !", "vous savoir à nouveau autonome"),
            silent("Nous sommes heureux de vous savoir satisfaite de l’accueil."),
            hit("Merci Sophie ! On voit déjà la différence sur le sourire de Léa.", "On voit déjà la différence"),
            silent("Avec un bon brossage, on voit vite la différence."),
            hit("Merci Sophie, je suis admirative du chemin parcouru.", "admirative du chemin parcouru"),
            silent("Le cabinet est fier de ses dix ans d’existence."),
            // Encouragement to keep one course of care going.
            hit("Tout se déroule comme prévu, continuons sur cette lancée !", "continuons"),
            silent("Merci, vos mots nous encouragent à continuer dans cette voie."),
            silent("Tout se déroule comme prévu pour les travaux du cabinet."),
            // Care that went smoothly, a movement regained, symptoms that will pass, a hard time the
            // reader is going through.
            hit("Ravie que l'extraction se soit faite sans encombre.", "se soit faite sans encombre"),
            silent("Merci, la prise de rendez-vous en ligne se fait sans souci."),
            hit("Content que vous puissiez enfin vous pencher sans appréhension.", "vous puissiez enfin vous pencher"),
            silent("Bonne nouvelle : vous pouvez de nouveau réserver en ligne."),
            hit("Courage, les nuits vont finir par se calmer.", "vont finir par se calmer"),
            hit("Promis, les poussées dentaires ne durent pas éternellement.", "ne durent pas éternellement"),
            silent("Les travaux ne durent pas éternellement, merci de votre patience."),
            hit("Merci Sophie, nous pensons à vous dans l'épreuve que vous traversez.", "que vous traversez"),
            silent("Vous traversez la cour, le cabinet est au fond à gauche."),
            // Encouragement without the « ne » of written French, and fingers crossed for the reader.
            hit("Bravo, plus que 5 kg pour l'objectif, on lâche rien !", "lâche rien"),
            silent("Nous ne lâchons rien sur la qualité de l’accueil."),
            hit("Merci Sophie, on croise les doigts pour vous !", "croise les doigts pour vous"),
            silent("On croise les doigts pour que les travaux finissent avant l’été."),
            // Progress exclaimed over, or seen in the reader's daily life.
            hit("Quels progrès depuis la rentrée !", "Quels progrès"),
            silent("Quels progrès techniques pour le cabinet : la prise de rendez-vous est en ligne !"),
            hit("On sent la différence quand vous marchez, bravo !", "On sent la différence quand vous"),
            silent("On voit la différence quand le cabinet est bien rangé."),
            // A bodily function back, and a mark of care that has almost gone.
            hit("Vous dormez de nouveau, quelle bonne nouvelle.", "Vous dormez de nouveau"),
            hit("Nager à nouveau, quel bonheur pour vous !", "Nager à nouveau"),
            silent("Bonne nouvelle : le standard marche à nouveau."),
            hit("Bravo, on ne voit presque plus la cicatrice.", "on ne voit presque plus la cicatrice"),
            silent("On ne voit presque plus de papier au cabinet : tout est numérique."),
            // Help the reader is wished to find.
            hit("Je vous souhaite sincèrement de trouver un soutien adapté.", "trouver un soutien"),
            silent("Nous vous souhaitons de trouver un praticien qui vous convienne."),
            // The reader's return to work.
            hit("Votre reprise au travail à mi-temps est une vraie victoire.", "Votre reprise au travail"),
            silent("La reprise du travail se discute toujours avec le médecin du travail."),
            // Care that starts to pay off.
            hit("Merci Hélène, les exercices de convergence commencent à porter leurs fruits.", "commencent à porter"),
            silent("Nos efforts pour réduire l'attente commencent à porter leurs fruits."),
            // Hugs to a newborn after the mother, in text-message spelling.
            hit("Félicitations pour la naissance, bisous a la maman et au bebe.", "au bebe"),
            silent("Félicitations à toute l'équipe et au nouveau secrétariat !"),
            // An outcome hailed as a win beside a finding.
            hit_after(
                "Enfin débarrassé de mes acouphènes !",
                "Il est rare que des acouphènes soient soulagés aussi vite, c'est une belle réussite partagée.",
                "une belle réussite",
            ),
            silent("Notre nouveau site internet est une belle réussite."),
            // Courage for the weeks ahead, beside a finding.
            hit("Merci, courage pour les semaines à venir avec votre genou.", "courage pour les semaines à venir"),
            silent("Merci, et bon courage pour les semaines à venir !"),
            // Home exercises kept up, a faculty won back, a third party praised beside care, a birth.
            hit("Lâche pas tes étirements !", "Lâche pas tes étirements"),
            silent("Lâchez pas, la météo va s'améliorer !"),
            hit("Profitez bien de votre audition retrouvée !", "votre audition retrouvée"),
            silent("Profitez bien de votre journée au soleil !"),
            hit("Pensez à vous étirer chaque matin.", "Pensez à vous étirer"),
            silent("Pensez à vous inscrire à notre lettre d'information."),
            hit("Léa a suivi toutes ses séances d'orthophonie, bravo à elle !", "bravo à elle"),
            silent("Notre secrétaire a tout réorganisé, bravo à elle !"),
            hit("Félicitations Julie pour la naissance de Tom !", "Félicitations Julie pour la naissance"),
            silent("Félicitations pour votre nouveau poste !"),
            hit("Avec nos sincères condoléances, l'équipe du cabinet.", "condoléances"),
            silent("Merci pour vos mots, toute l'équipe pense bien à la famille."),
            // « dans de bonnes conditions » alone describes how the practice works.
            silent("Accueillir chaque famille dans de bonnes conditions est notre priorité."),
        ],
    );
}

#[test]
fn implicit_outcome_english() {
    run(
        Category::ImplicitOutcome,
        LangChoice::En,
        &[
            silent("Thanks so much, and enjoy your summer!"),
            hit("Dr Shah was pleased to hear you've been getting out more.", "pleased to hear you've been getting"),
            hit("Great work, you'll have full range back in no time.", "you'll have full range back"),
            // Enjoying what the care gave.
            hit("Thanks Pat! Enjoy the new progressives.", "Enjoy the new progressives"),
            hit("Cheers Mo, and enjoy your maternity leave!", "enjoy your maternity leave"),
            // Care named as what helps. A booking system that helps names no care.
            hit("Great that the cream is really helping, Tom.", "is really helping"),
            silent("Our new booking system is helping with the waiting times."),
            // Care that came out well, beside the care. A renovation is no care.
            hit("Your crown turned out beautifully.", "turned out beautifully"),
            silent("The renovation turned out beautifully, thanks for noticing!"),
            // A care plan the reader keeps to, praised. Everyone taking to an app is no care.
            hit("You've taken to the gluten-free diet so well.", "taken to"),
            silent("Everyone has taken to the new booking app so well."),
            // Progress stated to the reader, and recovery from an addiction beside it.
            hit("You're seeing steady progress with the exercises, keep going.", "seeing steady progress"),
            hit("You and Tom are seeing steady progress in the counselling sessions.", "seeing steady progress"),
            silent("The new wing is making steady progress and should open in spring."),
            silent("You and your team are making real progress on the fundraiser."),
            hit("Staying sober is hard work, and the progress you have made shows it.", "Staying sober"),
            silent("Staying sober is a long road for anyone; local support groups meet every week."),
            // Reassurance counts next to a result, not about a message.
            hit("Your smear came back normal, nothing to worry about.", "nothing to worry about"),
            silent("No need to worry, your message reached the practice manager."),
            // A labour described by how it went, and weight stated before the verb.
            hit("We're so glad you had such a smooth labour.", "such a smooth labour"),
            silent("A long labour is common with a first baby, and our midwives are there throughout."),
            hit("Those 8 kilos lost since January are all your work!", "8 kilos lost"),
            silent("Our new chairs take up to 150 kilos and are very comfortable."),
            // A practice service that works well is no outcome of care.
            hit("Glad the new cream is working so well.", "working so well"),
            silent("Glad the new phone line is working so well."),
            hit("Glad you're feeling better!", "feeling better"),
            silent("Thanks for writing, we hope you are well."),
            silent("Hope you're all doing well and enjoying the sunshine."),
            hit("We hope you're feeling better since the flare-up.", "hope you're feeling better"),
            hit("Congratulations on your baby boy!", "Congratulations on your baby"),
            hit("Great to hear the knee has healed so well.", "knee has healed"),
            hit("So happy the biopsy came back clear!", "biopsy came back clear"),
            silent("Take care and have a lovely weekend!"),
            hit("Thanks Sam! The new exercise plan is paying off, keep at it.", "paying off"),
            hit("Cheers Jo! Stick with the home exercises and the knee will follow.", "Stick with the home exercises"),
            hit("What a turnaround in six weeks, amazing work!", "turnaround"),
            silent("Hard work from the whole team paid off when we won a local award."),
            hit("The itching should ease off by the end of the week.", "should ease off"),
            hit("So pleased your appetite is back.", "appetite is back"),
            silent("Thanks for the review, the new car park should ease the parking problem."),
            silent("The renovation will clear the way for a second room."),
            silent("The team's efforts have paid off with a new accreditation."),
            silent("Thank you! The building work should settle down by spring."),
            hit("The lump turned out to be nothing serious.", "turned out to be nothing"),
            silent("The new car park turned out to be a great idea."),
            hit("So glad things are easier for you at work now.", "things are easier"),
            hit("Your courage through all of this has been inspiring.", "Your courage through all"),
            silent("Your courage in writing this review is appreciated, and we would like to talk."),
            hit("We're glad the new glasses suit you so well.", "suit you"),
            silent("Call the front desk whenever it suits you."),
            hit("That is a huge milestone, and you earned every bit of it.", "you earned every bit"),
            silent("Everyone deserves respectful care."),
            hit("Hang in there!", "Hang in there"),
            silent("Stay warm this winter, and thanks for the review."),
            hit("Enjoy getting back to running!", "Enjoy getting back to"),
            silent("Enjoy the summer, from all of us."),
            hit("Thanks Sophie, and congrats again!", "congrats again"),
            silent("Thanks again for your kind words!"),
            hit("Welcome to the world, little Ada!", "Welcome to the world"),
            silent("We welcome little ones from six months in our family clinic."),
            hit("You kept at it even on the hard weeks.", "You kept at it"),
            silent("We kept at it until the phones were fixed."),
            // Being oneself again, a countdown of care, a birth welcomed.
            hit("So glad you're looking more like your old self, Sophie.", "looking more like your old self"),
            silent("Feel free to be yourself when you call us."),
            hit("Just three sessions left, Sophie, you've got this!", "Just three sessions left"),
            hit("Welcome to the world, little one!", "Welcome to the world"),
            silent("Welcome to our new hygienist, Mia."),
            // An invitation to call does not make the sentence general.
            hit("Nearly 4 weeks to go now, rest up and call us if you need anything.", "Nearly 4 weeks to go"),
            silent("If you need a crown, we explain every option first."),
            // Mother and baby, or both partners, doing well.
            hit("Thank you, Sophie! Hope you're both settling in.", "you're both settling in"),
            silent("Sophie, you're both always welcome to call the front desk."),
            // Praise for staying the course, an activity back to normal, relief at one person's news.
            hit("Fair play for pushing through those weeks.", "pushing through"),
            hit("So glad you're driving comfortably again.", "driving"),
            hit("Dr Lee was delighted to hear things are calmer now.", "things are"),
            silent("Great work from our reception team this month."),
            // "On track" needs the reader or a care noun. A comeback wished, and care that has helped.
            hit("So pleased your recovery is right on track.", "on track"),
            silent("We've added a second hygienist to keep the schedule on track."),
            hit("Best of luck with the comeback this season, Sam.", "comeback"),
            silent("The whole team is proud of the club's comeback after the flood."),
            hit("We're glad the sessions with your husband have been helpful.", "have been helpful"),
            silent("We hope the tips on our website have been helpful."),
            // Fingers crossed for the reader's outcome.
            hit("Thank you, Laura, we're keeping our fingers crossed for you both.", "fingers crossed for you"),
            silent("Fingers crossed the new phone system works better for everyone."),
            // A sobriety milestone of one person, and a group's schedule.
            hit("So proud of u, 3 months sober!", "3 months sober"),
            silent("Our support group meets every Tuesday evening."),
            // Progress shown by the reader or a relative.
            hit("Three weeks ago he could barely walk, and look at him now!", "look at him now"),
            silent("Have a look at our new website now that it is live."),
            hit("Her reading has come such a long way.", "come such a long way"),
            silent("Thank you for coming such a long way to see the new clinic."),
            // Care that worked, in everyday phrasal verbs and slang.
            hit("Glad we could patch you up after the fall.", "patch you up"),
            hit("So glad the brace got you back out on the slopes.", "got you back out"),
            hit("Thanks Jo, glad we got you sorted so quickly.", "got you sorted"),
            silent("Our team got the new website sorted."),
            silent("We sorted out the car park for everyone."),
            hit("Keep smashing those meal preps!", "Keep smashing"),
            silent("Keep smashing those goals, team!"),
            hit("Your knee has come on leaps and bounds.", "leaps and bounds"),
            silent("The clinic has come on leaps and bounds since 2010."),
            hit("Your hard work with the theraband paid off.", "paid off"),
            silent("Our team's hard work paid off with an award."),
            hit("Give us a bell if it flares up again.", "flares up again"),
            silent("Give us a bell if you have any questions."),
            hit("Glad the new specs suit you.", "specs suit you"),
            silent("Full specs of our new scanner are on our website."),
            hit("Glad we could get you moving again.", "get you moving again"),
            hit("We fixed him up in no time.", "fixed him up"),
            silent("We got the lift moving again."),
            silent("We fixed up the waiting room."),
            // Good news about one part of the reader, but news of the practice is not.
            hit("Brilliant news about your hearing!", "Brilliant news about your"),
            silent("Great news about our new opening hours!"),
            // Relief a test should bring, but reassurance about the practice is not.
            hit("We hope the scan results put your mind at rest.", "put your mind at rest"),
            silent("We hope this puts your mind at ease about our hygiene standards."),
            // Ease the care should bring, beside the care itself.
            hit("I hope the new inhaler makes your sleep more comfortable.", "makes your sleep more comfortable"),
            silent("Hope the new chairs make the waiting easier."),
            // A home exercise kept up, by its name.
            hit("Keep going with the calf raises!", "Keep going with the calf raises"),
            hit("Keep at your seated heel raises.", "Keep at your seated heel raises"),
            silent("Keep going, team!"),
            // Progress stated with an idiom and no other finding, but the growth of the practice is not the reader's.
            hit("Your squat's come along leaps and bounds.", "leaps and bounds"),
            silent("Our practice has grown in leaps and bounds."),
        ],
    );
}

#[test]
fn dispute_of_facts_french() {
    run(
        Category::DisputeOfFacts,
        LangChoice::Fr,
        &[
            hit("Je n'ai fait aucune remarque sur ce sujet pendant la séance.", "Je n'ai fait aucune remarque"),
            hit("Notre assistante a été parfaitement courtoise au téléphone.", "a été parfaitement courtoise"),
            // Typed without apostrophes.
            hit("j ai juste rappele les consignes, vous n avez jamais appele le cabinet", "vous n avez jamais appele"),
            // The practice's rule for every booking.
            silent("Le cabinet demande de prévenir 48 h à l'avance, comme indiqué lors de toute prise de rendez-vous."),
            hit("Comme indiqué lors de votre rendez-vous, le devis était signé.", "Comme indiqué lors de votre rendez-vous"),
            // Missed visits as a rule for everyone, and counted against the reader.
            silent("Le cabinet applique la même règle à tous : après plusieurs rendez-vous non honorés, de nouveaux rendez-vous peuvent être refusés."),
            hit("Vous aviez 3 rdv non honorés, d'où le refus.", "3 rdv non honorés"),
            // A second clause without its subject, the reader's account corrected, and the triage of their case.
            hit("Vous avez pris rendez-vous une fois puis n'êtes plus revenue.", "n'êtes plus revenue"),
            silent("N'hésitez pas à revenir vers nous si besoin."),
            hit("Votre fils a été reçu à 10 h, et non à midi comme vous l'écrivez.", "comme vous l'écrivez"),
            silent("Comme vous le dites, le parking est souvent complet le samedi."),
            hit("Votre cas n'était pas jugé urgent par l'infirmière d'accueil.", "n'était pas jugé urgent"),
            silent("Les urgences vitales passent en priorité, quel que soit l'ordre d'arrivée."),
            // « le sans rendez-vous » is a walk-in service.
            silent("Pour rappel, le sans rendez-vous ouvre à 8 h."),
            hit("Pour rappel, votre rendez-vous était à 8 h.", "Pour rappel"),
            // The practice's records cited against the review; records kept for everyone are not.
            hit("Vos séances ont duré 30 minutes, le logiciel en fait foi.", "le logiciel en fait foi"),
            silent("Chaque séance dure 30 minutes, et notre logiciel de rendez-vous envoie un rappel la veille."),
            // The reader's own inaction, set against the review.
            hit(
                "Trois créneaux vous ont été proposés et vous n'y avez pas donné suite.",
                "vous n'y avez pas donné suite",
            ),
            silent("Si vous n'y arrivez pas en ligne, appelez le secrétariat."),
            // The practice's delay put on the reader counts next to another finding, not in an apology.
            hit(
                "Bonjour Monsieur, vous êtes arrivé à 9h20, ce qui a décalé tout le planning de la matinée.",
                "ce qui a décalé tout le planning",
            ),
            silent("Une urgence est arrivée, ce qui a décalé tout le planning, et nous nous en excusons."),
            // The reader accused of confusing the practice with another, and the record cited as proof.
            hit("Vous devez confondre avec un autre cabinet.", "Vous devez confondre"),
            silent("Deux cabinets portent un nom proche dans le quartier, il est facile de les confondre."),
            hit("La consultation a duré 25 minutes, ce qui est documenté.", "ce qui est documenté"),
            silent("Nos tarifs sont documentés sur notre site."),
            // Insisting on a visit, the reader's behaviour in the waiting room, a refusal blamed on someone.
            hit("Je suis bien passée chez vous à l'heure prévue.", "Je suis bien passée"),
            silent("Je suis bien contente que l'accueil vous ait plu."),
            hit("Vous discutiez tranquillement dans la salle d'attente.", "salle d'attente"),
            silent("Vous pouvez patienter en salle d'attente."),
            hit("C'est lui qui a refusé de s'asseoir.", "C'est lui qui a refusé"),
            silent("C'est vous qui nous faites confiance."),
            hit("Votre comportement a été consigné dans le dossier.", "consigné dans le dossier"),
            silent("Vos remarques ont été transmises à l'équipe."),
            hit("Vous n’avez pas suivi mes prescriptions.", "Vous n’avez pas suivi"),
            hit("Vous êtes arrivé avec 30 minutes de retard.", "Vous êtes arrivé"),
            hit("Vous avez annulé trois rendez-vous.", "Vous avez annulé"),
            hit("Je vous ai répondu avec patience pendant vingt minutes.", "Je vous ai répondu avec patience"),
            hit("Vous n'avez exprimé aucune gêne pendant le soin.", "Vous n'avez exprimé aucune"),
            hit("Pour rappel, la pose d'un stérilet nécessite un examen.", "Pour rappel"),
            silent("Pour rappel, le cabinet est conventionné et travaille avec toutes les mutuelles."),
            silent("Comme indiqué à l'accueil, les rendez-vous non annulés peuvent être facturés."),
            silent("Nous regrettons de ne pas avoir répondu à vos attentes et vous invitons à nous contacter."),
            silent("Comme expliqué sur notre site, les délais sont de deux semaines."),
            hit("Le consentement que vous avez signé mentionnait ce risque.", "que vous avez signé"),
            hit("Vous ne vous en souvenez pas, mais le délai était annoncé.", "Vous ne vous en souvenez pas"),
            hit("Les trois séances annulées ont été facturées.", "trois séances annulées"),
            hit("Comme précisé lors du premier rendez-vous, le délai est de six mois.", "Comme précisé"),
            silent("Les rendez-vous non décommandés 24 h à l’avance peuvent être facturés."),
            hit("Vous n’êtes venue qu’une seule fois sur les trois rendez-vous prévus.", "Vous n’êtes venue"),
            silent("Merci pour le message que vous avez reçu de notre part, nous espérons qu’il vous a été utile."),
            silent("Comme précisé plus haut, nous ne pouvons pas commenter de situation individuelle."),
            hit(
                "La couronne était conforme et vous ne vous êtes jamais présenté au contrôle.",
                "vous ne vous êtes jamais présenté",
            ),
            silent("Nous vous remercions de vous être exprimé sur ce sujet."),
            hit("Nous avons laissé deux messages, sans réponse de votre part.", "sans réponse de votre part"),
            hit("Il fallait prendre rendez-vous comme tout le monde.", "Il fallait"),
            silent("Il faudra désormais prendre rendez-vous en ligne."),
            hit("Personne ne vous a jugée, je vous l’assure.", "Personne ne vous a jugée"),
            silent("Personne ne doit se sentir jugé au cabinet."),
            hit(
                "Votre consultation n’a été que de quinze minutes, et non d’une heure.",
                "n’a été que de quinze minutes",
            ),
            silent("L’attente moyenne au cabinet est de vingt minutes."),
            hit("Les vigiles ont dû vous raccompagner à la sortie.", "Les vigiles ont dû"),
            silent("La sécurité de nos patients est notre priorité."),
            silent("La police est intervenue après un cambriolage du cabinet, qui rouvre lundi."),
            // The order of arrival in the waiting room, and a denial of the reviewer's account.
            hit("Deux patients sont arrivés juste avant vous, d’où l’attente.", "juste avant vous"),
            hit("Le médecin a dû prendre en charge une urgence avant vous.", "avant vous"),
            hit("Nous n’avons absolument rien refusé.", "rien refusé"),
            silent("Les urgences sont toujours prioritaires sur les rendez-vous."),
            // A linking adverb between the auxiliary and the participle.
            hit("Vous n’avez en outre jamais respecté les consignes.", "respecté"),
            silent("Le protocole a d’ailleurs été revu par toute l’équipe cette année."),
            // Attendance broken off, stated as a reproach.
            hit(
                "Un suivi demande de la régularité, surtout quand on cesse de venir du jour au lendemain.",
                "cesse de venir du jour au lendemain",
            ),
            silent("Tout rendez-vous non honoré sans prévenir pourra être facturé."),
            // A phone conversation recalled, with the short form « tél ».
            hit("Comme vu au tél, le devis est valable un mois.", "Comme vu au tél"),
            silent("Le devis est envoyé par courriel, sans appel au préalable."),
            hit("Comme mentionné au téléphone, nous maintenons notre position.", "Comme mentionné au téléphone"),
            silent("Comme mentionné sur notre site, le cabinet ferme en août."),
            // The reader singled out among the other patients, and a scene recounted.
            hit("Vous étiez le seul patient à refuser d’attendre.", "Vous étiez le seul patient à"),
            silent("Vous n’êtes pas la seule à trouver l’attente longue, et nous y travaillons."),
            hit("Il a fallu s’arrêter avant même que je termine.", "avant même que je termine"),
            hit("Vous vous êtes emporté devant toute la salle d’attente.", "devant toute la salle d’attente"),
            silent("Nous n’abordons jamais une situation personnelle devant tout le monde."),
            // A document the reader showed, set against them.
            hit(
                "Monsieur, l'ordonnance de Subutex que vous avez présentée était falsifiée.",
                "que vous avez présentée",
            ),
            silent("Toute ordonnance présentée en pharmacie est vérifiée par le pharmacien."),
            // Fees described as announced to the reader.
            hit("Le dépassement d'honoraires était annoncé dès le départ.", "était annoncé"),
            silent("Nos tarifs sont annoncés avant chaque acte."),
            // A witness of the care called against the reader.
            hit("L'infirmière présente pendant l'acte pourra en témoigner.", "présente pendant l'acte"),
            silent("Une assistante est présente pendant chaque examen."),
            // The reader blamed for their own reception.
            hit("Il ne faut pas s'étonner d'être reçu fraîchement quand on arrive en retard.", "reçu fraîchement"),
            silent("Il ne faut pas s'étonner de l'attente en période d'épidémie."),
            // What the reader was informed of at one moment of their care.
            hit(
                "Les gouttes demandent du temps, c'était précisé lors de la prise de rendez-vous.",
                "était précisé lors de",
            ),
            silent("Les délais sont précisés lors de la prise de rendez-vous."),
            // The slot just before the reader's, whatever the verb, and an outright denial of the account.
            hit("Un patient s'était présenté juste avant vous, d'où le retard.", "présenté juste avant vous"),
            silent("Les patients arrivés juste avant l'ouverture attendent dehors."),
            hit("Nous démentons catégoriquement ce récit.", "Nous démentons catégoriquement"),
            silent("Nous contestons rarement un avis, par respect du secret médical."),
            hit("Rien ne vous permet d'affirmer que la séance a été écourtée.", "Rien ne vous permet d'affirmer"),
            silent("Ce qui nous permet de répondre vite, c'est la messagerie."),
            hit("Je n'ai jamais formulé la moindre critique.", "jamais formulé la moindre critique"),
            silent("Je n'ai jamais formulé de demande de ce genre au secrétariat."),
            // Records kept against the reader, their attendance, and a document they did not read.
            hit("On a les textos, vous avez annulé trois fois.", "On a les textos"),
            silent("Nous conservons les messages vocaux pendant un mois."),
            hit("Vous ne passiez qu'un mardi sur deux.", "Vous ne passiez qu"),
            silent("Nous ne recevons que sur rendez-vous."),
            hit("Dommage que vous ne l'ayez pas suivi.", "vous ne l'ayez pas suivi"),
            silent("Dommage que le message ne soit pas arrivé."),
            hit(
                "Nos registres informatiques indiquent pourtant un passage en mai.",
                "Nos registres informatiques indiquent",
            ),
            silent("Nos dossiers sont conservés de façon sécurisée."),
            hit("Après vos deux retards, le créneau a été proposé à quelqu'un d'autre.", "vos deux retards"),
            silent("Merci de nous signaler deux jours à l'avance toute absence prévue."),
            hit("Votre retard de 40 minutes explique que la séance ait été écourtée.", "retard de 40"),
        ],
    );
}

#[test]
fn dispute_of_facts_english() {
    run(
        Category::DisputeOfFacts,
        LangChoice::En,
        &[
            // The reader's own act or omission, set against the review; a reminder to everyone is not.
            hit("Hi Alan, your appointment was moved by you online the night before.", "was moved by you"),
            hit(
                "Hi Tom, the scan was delayed because you hadn't completed the form required before any scan.",
                "you hadn't completed the",
            ),
            silent("Please make sure you have completed the screening form before any scan."),
            // Denying the reader's account of a mistake.
            hit("Hi Nora, we didn't lose anything: the form was incomplete.", "we didn't lose anything"),
            silent("Hi Sophie, we never want anyone to wait without news."),
            // The practice's delay put on the reader counts next to another finding, not in an apology.
            hit(
                "Our system shows you were booked for a short appointment but asked about four things, which is why the clinic overran.",
                "which is why the clinic overran",
            ),
            silent("An emergency came in, which is why the clinic overran, and we are sorry for the wait."),
            // The reader's conduct in the consultation, the reader accused of confusing the practice with
            // another, and the record cited as proof.
            hit("You raised four separate problems with Dr Okafor.", "raised four separate problems"),
            silent("You raised several concerns in your review, and we have shared them with the team."),
            hit("You must be thinking of another practice.", "thinking of another practice"),
            silent("There is another practice with a similar name on this street."),
            hit("Our notes show a full examination, which is documented.", "which is documented"),
            silent("Our cancellation policy is documented on our website."),
            // Missed visits counted against the reader, and a suspicion of pretending denied.
            hit("You've booked and not attended four times.", "not attended"),
            silent("If you cannot attend, please let us know."),
            hit("No one suggested you were exaggerating.", "exaggerating"),
            silent("No one likes waiting, and we are sorry."),
            hit("You missed three appointments in a row.", "You missed"),
            hit("You never raised any concern during the sessions.", "You never raised any concern"),
            hit("We reviewed the CCTV and the call recording.", "reviewed the CCTV"),
            hit("As the receptionist explained on the day, the fee applies.", "As the receptionist explained"),
            hit("Sadly you chose to ignore every recommendation.", "you chose to ignore"),
            silent("We're sorry to hear about your frustration and invite you to call us."),
            hit("You didn't wear the splint at night as advised.", "You didn't wear"),
            hit("You never attended the follow-up we booked.", "You never attended"),
            hit("You did call, but only after the clinic had closed.", "You did call"),
            hit("We went over the costs at reception before the procedure.", "went over the costs at reception"),
            hit("On the day you came in, the hygienist was off sick.", "the day you came"),
            silent("We explained our cancellation policy on the website."),
            silent("If you didn't receive our newsletter, let us know."),
            hit("I did warn you about the waiting list.", "did warn"),
            silent("We did our best to keep waiting times short."),
            hit("You were the one who asked for the early slot.", "You were the one who"),
            hit("You chose to leave rather than wait ten minutes.", "You chose to leave"),
            silent("Many patients choose to book online, which is often quicker."),
            hit("Our receptionist was polite; you were the one raising your voice.", "you were the one"),
            hit("No one judged you.", "No one judged you"),
            silent("No one should ever feel judged in a clinic."),
            hit("Our staff had to call security after the incident in the waiting room.", "had to call security"),
            silent("Security staff are on site every evening for everyone's safety."),
            silent("The police stepped in after a break-in at the clinic, which reopens next week."),
            // What the reviewer was told, and their account judged.
            hit("We discussed all this with you before the fitting.", "with you"),
            hit("As discussed at the appointment, some bruising is expected.", "As discussed"),
            hit("It was difficult to take a proper history that day.", "proper history"),
            silent("We are always happy to go over the options by phone."),
            // What was done with the reader, recounted in the passive.
            hit("The treatment plan was reviewed with you and signed before we started.", "reviewed with you"),
            silent("Every treatment plan is reviewed with the patient and signed before we start."),
            // Care the reader turned down, told as their request.
            hit("Our notes show you declined the check and asked us not to weigh the baby.", "asked us not to"),
            silent("Anyone can ask us not to send reminders by text."),
            // What was said when the practice spoke with the reader.
            hit("As noted when we spoke, the charge is correct.", "As noted when we spoke"),
            silent("As noted on our website, the practice closes in August."),
            hit("Thank you. As we agreed, the fee covers two visits.", "As we agreed"),
            silent("Thank you. We agreed as a team to open on Saturdays."),
            // The practice's memory against the reader's, and the reader's own choice stressed.
            hit("That isn't how our team recalls it.", "how our team recalls"),
            silent("That is not how we do things here, and we will look into it."),
            hit("You chose the premium lenses yourself.", "chose the premium lenses yourself"),
            silent("You can pick the frames yourself from our range."),
            // A waiver signed, and the reader's behaviour told by what others could not do.
            hit("She declined the scan and signed the waiver.", "signed the waiver"),
            silent("Every patient who declines an X-ray signs a waiver first."),
            hit("With respect, no one could get a word in.", "could get a word in"),
            silent("Our appointments are twenty minutes so that everyone can get a word in."),
            hit("You told the front desk you were fine.", "You told the front desk"),
            silent("Please tell the front desk about any access needs."),
            hit("Your script changed because of the cataracts, which we explained.", "which we explained"),
            silent("The booking rules, which we explained on our website, apply to everyone."),
            // Visits missed, counted from the end of a course.
            hit("You came six times and cancelled the last two without notice.", "cancelled the last two"),
            silent("Appointments cancelled the last day are still free of charge."),
            // The review called untrue, but a statement about accuracy in general is not.
            hit("Frankly, your account is simply not what happened.", "your account is simply not what happened"),
            hit("That is not true: you arrived forty minutes late.", "That is not true"),
            silent("We make sure our price list is accurate."),
            silent("That is not true of our practice: we never share data."),
            // A rebuttal announced, but correcting a typo is not one.
            hit("I feel I must correct a few points.", "correct a few"),
            silent("We will correct the typo on our website."),
            // A complaint about a staff member rejected, but refusing abuse in general is not.
            hit("We cannot accept that she was rude to you.", "accept that she"),
            silent("We do not accept that kind of language."),
            // The reader's choice put back on them, but the freedom to choose in general is not.
            hit("Leaving early was entirely your choice.", "your choice"),
            silent("Where you receive care is always your choice."),
            // What the reader ought to have done, but what the practice owed them is not.
            hit("You should have rung us the next morning.", "You should have rung"),
            silent("You should have received a call back, and we are sorry."),
            // Attendance that stopped, stated of the reader, but of patients in general it is not.
            hit("You booked a course and then quit attending.", "quit attending"),
            silent("Many patients stopped coming during the lockdown."),
            // The length of the reader's call, from the log, but the usual length of a visit is not.
            hit("Our log shows the phone call lasted just 3 minutes.", "lasted just 3 minutes"),
            silent("A first consultation lasts about 45 minutes."),
            // Pressure at the visit denied.
            hit("No one here upsold you anything.", "upsold you"),
            silent("Nobody should ever feel rushed."),
            // The practice's reputation set against the review.
            hit("We will not let our dentists be misrepresented.", "misrepresented"),
            silent("We will not share any details here."),
            // A remark at the visit denied to be criticism.
            hit("That was not criticism, simply a question.", "That was not criticism"),
            silent("There is no criticism in asking for feedback."),
            hit("This review is false.", "review is false"),
        ],
    );
}

#[test]
fn relative_french() {
    run(
        Category::Relative,
        LangChoice::Fr,
        &[
            // Wishes that include the reader's family.
            silent("Belle année à vous, ainsi qu'à vos proches !"),
            hit("Vos proches étaient là pendant l'opération.", "proches"),
            // Bare plurals listed together name the practice's clientele; a possessive names the reader's.
            hit("Merci Fabrice, vos enfants et ados sont adorables.", "vos enfants"),
            silent_after(
                "Orthodontiste patient avec les ados.",
                "Merci Sophie ! Le cabinet aime accompagner enfants, ados et adultes, et votre message nous touche.",
            ),
            hit("La séance de votre fils s’est bien passée.", "votre fils"),
            hit("Votre mère que nous suivons va bien.", "Votre mère"),
            hit("Ravie pour votre bout de chou !", "votre bout de chou"),
            silent("Les enfants sont toujours reçus en présence d’un parent."),
            hit("Merci Josiane ! Passez le bonjour à Marcel.", "Passez le bonjour à"),
            hit("Bisous aux jumeaux !", "Bisous aux"),
            hit("Et dites-lui de bien se reposer.", "dites-lui"),
            silent("Passez une belle journée, et dites-nous comment nous améliorer."),
            silent("Bises et à bientôt sur nos réseaux."),
            hit("Toutes nos pensées après le décès de votre père.", "décès de votre père"),
            // Twins or triplets named with an affectionate adjective.
            hit("Merci Sophie, les adorables jumelles ont bien changé !", "adorables jumelles"),
            silent("Le cabinet accueille aussi les jumeaux et les triplés dès la naissance."),
            // The reader's children counted and welcomed back.
            hit("Les deux petits sont toujours les bienvenus, avec ou sans rendez-vous !", "deux petits"),
            silent("Les enfants sont toujours les bienvenus au cabinet."),
            // A relative whose lexicon entry opens with « votre », after a general word earlier in the
            // sentence. Twins named with a definite article.
            hit("Nous avons fait notre possible : votre fils a été vu en priorité.", "votre fils"),
            silent("Nous avons fait notre possible : chaque demande est traitée dans l'ordre."),
            hit("Les jumelles ont encore bien grandi !", "Les jumelles"),
            silent("Nous accueillons les familles avec des jumeaux comme les autres."),
            // A child named by its rank, beside another finding.
            hit("Avec un deuxième enfant en route, vous étiez débordée, c'est bien normal.", "un deuxième enfant"),
            silent("Avec un premier bébé, on se pose mille questions, c'est bien normal."),
            // A child named by rank, greetings relayed to someone, a relative's manner at the visit.
            hit("Votre grande a été adorable.", "Votre grande a"),
            silent("Votre grand sourire nous a fait plaisir."),
            hit("Saluez Léon de notre part !", "Saluez Léon de notre part"),
            silent("Nous saluons de notre part le travail de l’équipe d’accueil."),
            hit("Elle nous a bien fait rire avec ses questions.", "fait rire avec ses"),
            silent("Votre message nous a fait sourire avec ses mots justes."),
            // Whoever came with the reader, named by any noun.
            hit("Merci au monsieur qui vous accompagnait pour sa patience.", "monsieur qui vous accompagnait"),
            silent("Les enfants sont toujours reçus en présence d'un adulte qui les accompagne."),
            hit("Merci Roger, et bonjour à Madame !", "bonjour à Madame"),
        ],
    );
}

#[test]
fn relative_english() {
    run(
        Category::Relative,
        LangChoice::En,
        &[
            // A general marker in another clause does not silence the reader's relative in a past event.
            hit(
                "Hi Kim, sorry. Your partner was asked to wait outside during the scan, as we do for all patients.",
                "Your partner",
            ),
            // One child named by "the little one" is the reader's; a bare plural is the practice's clientele.
            hit("Give the little one a cuddle from all of us!", "little one"),
            silent("Our hygienists love making little ones feel at ease."),
            // Walk-in care named beside the reader's children does not make the sentence general.
            hit("Both kids are always welcome, with or without an appointment!", "Both kids"),
            // Meeting the reader's relative is seeing them as a patient.
            hit("Dr Patel loved meeting your nan.", "your nan"),
            silent("Lovely to meet so many new families at the open day."),
            hit("Your daughter was so brave.", "Your daughter"),
            hit("Your partner must have been fed up with the wait.", "Your partner"),
            silent("Our partner pharmacies stock the leaflets."),
            silent("Families of all sizes are welcome in our waiting room."),
            silent("Helping anxious little ones feel at ease is what our team works at."),
            hit("Give that little girl a cuddle from all of us!", "that little girl"),
            hit("Hugs to the twins!", "Hugs to the twins"),
            silent("Give us a call any time."),
            hit("Late talkers often catch up, and he's been a joy to work with.", "he's been a joy"),
            silent("Our new hygienist joins us in May."),
            hit("We were so sorry to hear of his passing.", "his passing"),
            silent("We were sorry to hear about the parking trouble."),
            // A bereavement in a sentence that speaks to the reader.
            hit("Grief after losing a parent takes time, and you have been so brave.", "losing a parent"),
            silent("Grief after losing a parent doesn't follow a timetable."),
            // Greetings sent to someone the reader knows, and one sibling as a subject.
            hit("Please give my best to Jim.", "give my best to"),
            silent("Please pass on our thanks to everyone who left a review."),
            hit("Tell her the whole team misses her!", "misses her"),
            silent("Please tell us what we could do better."),
            hit("Little sister was so patient in the waiting room.", "Little sister"),
            silent("Little sisters and brothers are welcome in the play corner."),
            // A bare plural names everyone's relatives, so a possessive after it points at no one.
            hit("The kids were so brave, and their mum was lovely.", "their mum"),
            silent("Parents are always welcome to sit in with their child."),
            silent("Our speech-language pathologists love working with children and their families."),
            hit("I hope things with your ex settle down.", "your ex"),
            silent("Examples of our services are on our website."),
        ],
    );
}

#[test]
fn identifier_french() {
    run(
        Category::Identifier,
        LangChoice::Fr,
        &[
            silent("Vous pouvez adresser votre demande par courrier au 4 place des Capucins, 69001 Lyon."),
            // « votre courriel » is the message the reader sent. A Belgian mobile and an age given to someone count.
            silent("Votre courriel nous était malheureusement parvenu pendant la fermeture estivale."),
            silent("Merci pour votre courriel, nous vous répondons au plus vite."),
            hit("Je vous rappelle au 0475 12 34 56 pour en parler.", "0475 12 34 56"),
            hit(
                "C'est un plaisir de passer pour les soins de votre grand-maman. À 94 ans, elle garde le moral !",
                "À 94 ans",
            ),
            silent("À 40 ans, il faut penser au dépistage."),
            // A wish passed on to someone names them.
            hit_for("Famille Morel", "Merci ! Bonne rentrée en CM1 à Jules.", "Jules"),
            // A name, a comma and a profession that end the reply sign it.
            silent_for("Karine", "Merci Karine pour ce message, à bientôt 👓 Isabelle, orthoptiste"),
            // Where the practice sent mail or texts is the reader's; where it invites them to write is its own.
            hit(
                "Le rendez-vous a été annulé, comme indiqué dans le mail envoyé à lucie.p@example.ch.",
                "lucie.p@example.ch",
            ),
            silent("Vous pouvez aussi nous écrire par SMS au 06 39 98 45 12."),
            // A signature that opens on a given name and the post in brackets.
            silent("Merci pour ce gentil message !\nManon (accueil) Ostéo Bébé Cocon, Tours"),
            // After a review about the reviewer's own child, a name the review did not give is the child's.
            hit_after(
                "Pédiatre en or, ma fille de 3 ans lui a fait un câlin en partant !",
                "Merci Sophie ! Lina est une petite puce adorable.",
                "Lina",
            ),
            silent_after(
                "Pédiatre en or pour notre cabinet de quartier !",
                "Merci Sophie ! Lina est ravie de lire ce message.",
            ),
            // A practice's mailbox on a domain of its own.
            silent(
                "Le Dr Perrin peut vous rappeler : faites-en la demande par mail à contact@cabinet-perrin-dentaire.fr.",
            ),
            // A greeting that names the reviewer by a given name they did not publish, and one that
            // shortens the published name.
            hit_for("C.", "Merci beaucoup Céline Dubreuil !", "Céline"),
            hit_for("LuneBleue", "Bonjour Camille, merci pour votre message.", "Camille"),
            silent_for("Alexandre", "Merci Alex pour ce message !"),
            // The signer's given name at the head of the last line.
            silent("Bonjour,\nmerci pour votre retour.\nClara – diététicienne, Perpignan"),
            // A signature line: given name, profession, town.
            silent_after(
                "Podologue très douce",
                "Merci Sophie, c'est adorable ! Bonne semaine à vous,\nJulie, pédicure-podologue à Tours",
            ),
            hit("Merci Sophie ! Léa a fait de beaux progrès en lecture.", "Léa"),
            // Texts the reader was sent went to the reader's number; a number to text is the practice's.
            hit(
                "Bonjour Vincent, le Dr Hamel vous a proposé deux créneaux par SMS au 06 12 34 56 78.",
                "06 12 34 56 78",
            ),
            silent("Pour un rendez-vous, vous pouvez nous écrire par SMS au 06 12 34 56 78."),
            // A colleague glad to read the review is not a patient, but one glad of the reader's care stays a third party.
            silent_after(
                "Cours de préparation génial, Margaux est top.",
                "Merci ! Les séances de préparation ont lieu le mardi, et Margaux sera ravie de lire votre message.",
            ),
            hit_after(
                "Cours de préparation génial, Margaux est top.",
                "Merci ! Les séances de préparation ont lieu le mardi, et Margaux est ravie pour votre accouchement.",
                "Margaux",
            ),
            // A given name that spells out the published initials or short form unmasks the reviewer.
            hit_for("M.-C. D.", "Merci Marie-Claire pour ce retour !", "Marie-Claire"),
            silent("Merci Sophie pour ce retour !"),
            // The last age of a list is an age for everyone, unless a possessive ties the list to someone.
            hit("Vos enfants de 8 et 11 ans ont été adorables.", "11 ans"),
            silent("Pour tous, pensez aux rappels à 11, 13 et 25 ans."),
            hit_for("Thanh", "Merci Monsieur Nguyen pour votre avis.", "Nguyen"),
            hit("Nous vous avons écrit à sophie.martin@exemple.fr hier.", "sophie.martin@exemple.fr"),
            silent("Notre responsable peut vous rappeler : écrivez-nous à contact@centre-des-tilleuls.fr."),
            hit("Je vous rappellerai au 06 12 34 56 78.", "06 12 34 56 78"),
            hit("Votre numéro 1 84 05 69 123 456 90 figure sur la feuille.", "1 84 05 69 123 456 90"),
            silent("Bonjour Sophie M., merci pour votre message."),
            silent("Contactez notre secrétariat au 04 78 00 00 00."),
            silent("Notre maison de santé a fêté ses 20 ans en mai, merci à tous."),
            silent("Laissez-nous un message au 04 78 12 34 56, nous vous rappellerons."),
            hit("Nous vous rappellerons au 06 12 34 56 78 dès demain.", "06 12 34 56 78"),
            hit("Toute l’équipe lui souhaite un bon anniversaire pour ses 80 ans !", "ses 80 ans"),
            hit("Votre fils est très apprécié de la maîtresse de l’école maternelle.", "maîtresse de l’école"),
            silent("Nous intervenons dans les écoles du quartier pour le dépistage visuel."),
            hit("À votre âge, il était important d’en parler.", "À votre âge"),
            silent("Quel que soit votre âge, le cabinet vous accueille."),
            hit_for("Nadia", "Nous avons vu Léo et Emma mardi.", "Emma"),
            silent("Merci à Claire et Julie, nos assistantes."),
            hit("Toute l’équipe souhaite un bel anniversaire à votre père pour ses 80 ans.", "ses 80 ans"),
            silent("Le cabinet reçoit les enfants dès 3 ans."),
            // A named residence is a home once the sentence is about the reader or a relative.
            hit(
                "Merci Sophie, l’infirmière passera chez votre père, résidence Les Tilleuls, bâtiment C.",
                "résidence Les Tilleuls",
            ),
            silent("Le cabinet se situe résidence du Parc, au rez-de-chaussée."),
            // A numbered address in a sentence about the practice is where it works.
            silent("Pendant les congés, le Dr Martin consulte au 8 rue des Lilas."),
            hit("L’infirmière est passée vous voir au 8 rue des Lilas.", "8 rue des Lilas"),
            // A name after a staff role is a colleague's.
            silent("Pour une consultation, demandez notre coordinatrice, Léa."),
            // A mailbox that spells out the surname the reviewer gave as an initial.
            hit("Vos documents sont partis à l’adresse s.martin@exemple.fr que nous avions.", "s.martin@exemple.fr"),
            silent("Écrivez-nous à secretariat.martin@exemple.fr pour toute question."),
            // The person a message is passed on to works at the practice.
            silent("Merci Sophie, j’ai transmis vos compliments à Mme Roux."),
            // Where the reader lives, even beside the practice's name.
            hit("Vous vivez juste à côté du cabinet, au 9 chemin des Vignes.", "9 chemin des Vignes"),
            hit("Madame, domiciliée avenue des Tilleuls, vous connaissez bien le quartier.", "avenue des Tilleuls"),
            silent("Le cabinet se trouve au 9 chemin des Vignes, contactez-nous pour venir."),
            // A number the practice left messages on is the reader's.
            hit("Nous vous avons laissé deux messages au 06 98 76 54 32.", "06 98 76 54 32"),
            silent("Laissez-nous un message au 01 23 45 67 89."),
            hit("Le formulaire était classé à votre nom de jeune fille.", "nom de jeune fille"),
            // A greeting typed on a phone before the reviewer's unpublished given name.
            hit_for("Gaby", "Bjr Gabrielle, merci pour ce retour.", "Gabrielle"),
            Row { reply: "Bjr Gaby, merci pour ce retour.", review: "", reviewer: "Gaby", flagged: None },
            // The reader's working hours, and a family named by its surname.
            hit("Avec vos horaires décalés, ce n’est pas simple.", "vos horaires décalés"),
            silent("Nous proposons des créneaux tôt le matin pour les horaires décalés."),
            hit("Bonjour à toute la famille Lemaire !", "Lemaire"),
            silent("Merci Sophie, et bonjour à toute la famille M. !"),
            // Unmasking a pseudonym.
            hit("Nous savons parfaitement qui se cache derrière ce pseudonyme.", "qui se cache derrière ce pseudonyme"),
            silent("Nous ne cherchons jamais à savoir qui se cache derrière un avis."),
            // A compound surname whose particle is also a given name.
            hit("Bonjour Madame Ben Salah, merci pour votre message.", "Ben Salah"),
            silent("Merci, Madame Lina Ben Salah, notre orthoptiste, vous rappellera."),
            // A number that something was sent to is the recipient's.
            hit("Le rappel de rendez-vous a été envoyé au 07 81 22 45 90 la veille.", "07 81 22 45 90"),
            silent("Pour toute question, le secrétariat est joignable au 04 72 10 20 30."),
            hit("L'aide-soignante n'avait pas votre code d'entrée de la résidence.", "votre code d'entrée"),
            silent("Le code d'accès au parking du cabinet est affiché à l'accueil."),
            // In text-message style « pr » is « pour », not a title. A wish goes to every name of a list.
            hit("trop contente pr Jules, on continue en mars", "Jules"),
            hit("Merci ! Bisous à Jade et Malo !", "Malo"),
            hit("Nous avons tenté de vous rejoindre au 438 555-0199 hier.", "438 555-0199"),
            // A school year in a sentence about a child gives the child's age.
            hit("Je lui souhaite une belle entrée en seconde !", "entrée en seconde"),
            silent("Nous recevons les enfants dès la maternelle."),
            hit("Elle est prête pour son CE1.", "son CE1"),
        ],
    );
}

#[test]
fn identifier_english() {
    run(
        Category::Identifier,
        LangChoice::En,
        &[
            silent("If you call our front desk at (617) 555-0100, we'll stop the reminder calls you don't want."),
            // The « m » of "a.m." is no « M. » before a surname.
            silent_for("Karen W.", "We opened same-day booking from 8 a.m. Decisions are made by each physician."),
            // A given name inside a public handle is published, and the surname after it is not. A given name
            // set off by commas that starts with the published initial is not published either.
            silent_for("KiwiDave", "Hi Dave, we're sorry to read this and would like to talk."),
            hit_for("kellyb", "Aww, thank you Kelly Brennan! Have a great weekend!", "Brennan"),
            hit_for(
                "S. Papadopoulos",
                "Given the circumstances, Stavroula, we offered to call you back.",
                "Stavroula",
            ),
            // The reader's message is no address, and a mailbox on the practice's own domain is the practice's.
            silent("Thanks for your email, we will reply this week."),
            silent("Please email hello@peakphysio.co.uk and our clinical lead will call you back."),
            silent("Kia ora, if you'd like to discuss, please call Rachel at reception on 09 555 0163."),
            hit_for("Sam T.", "Thanks Sam, and say hi to Oliver from all of us.", "Oliver"),
            hit("Our texts to (414) 555-0153 confirmed the policy each time.", "(414) 555-0153"),
            // A name that opens the reply before a comma spells out the published initial.
            hit_for("J. R.", "Jennifer, thank you for taking the time to write.", "Jennifer"),
            silent_for("Jennifer R.", "Jennifer, thank you for taking the time to write."),
            // A short form of the published name.
            silent_for("Katherine", "Thanks Kate for the kind words."),
            // A number the practice dialled, written with brackets, and the practice's own; a practice
            // named after « little ».
            hit("Hi Sophie, we've tried (503) 555-0163 twice.", "(503) 555-0163"),
            silent("Call us at (503) 555-0100 any time."),
            silent("Thank you from all of us at Little Oaks Pediatrics."),
            // Warm words between the greeting and the unpublished name; an acronym; a sign-off.
            hit_for("M. Davies", "Thanks so much, Michelle!", "Michelle"),
            silent("We follow the ADA fee schedule for every patient."),
            silent_for("Grace", "Hi Grace, sorry about the parking. Thanks, Tom"),
            // The number the reader dials ("if you leave a message on …") is the practice's, and one the practice dialled is the reader's.
            silent_after("Podiatrist cut too deep, my toe bled.", "We're sorry to read this. The podiatrist in charge can call you back if you leave a message on 01 23 45 67 89."),
            hit("We tried to call you back on 06 12 34 56 78 but got no answer.", "06 12 34 56 78"),
            // A given name that spells out the published short form unmasks the reviewer.
            hit_for("Chris B.", "Thanks Christopher for the kind words.", "Christopher"),
            silent("Thanks Sophie for the kind words."),
            // The same before the surname the reviewer published, with no greeting; a colleague with
            // the same initial is no expansion.
            hit_for("K. Davis", "Kevin Davis, your account is still open.", "Kevin"),
            Row { reply: "Kevin, our practice manager, will call you back.", review: "", reviewer: "K. Davis", flagged: None },
            hit_for("Mike J.", "Mr. Johnson, thank you for the feedback.", "Johnson"),
            hit("At 52, hot flashes are common.", "At 52"),
            hit("Congratulations, she's already 3 weeks old!", "3 weeks old"),
            hit("Sam, we called 0412 555 871 twice and nobody picked up.", "0412 555 871"),
            silent("Our manager can call you back, or email us at info@harbourview-physio.com."),
            silent("Call us on 0412 555 871 any time, we are happy to help."),
            hit("Cheers! Say hi to everyone at the fire station.", "fire station"),
            silent("We say hello to everyone at the clinic."),
            silent("Please call our office at (617) 555-0100."),
            hit("So glad things are calmer for you at Deloitte these days.", "Deloitte"),
            silent("We are always here for you at Harbour Dental."),
            silent("Thank you at Christmas and always."),
            hit("I explained that at your age the odds are lower.", "at your age"),
            silent("We see patients of every age."),
            hit_for("Nicole F.", "Thank you, Nicole! We loved seeing Mason and Ava last week.", "Mason"),
            silent("We loved meeting Sarah, our new hygienist."),
            hit("Thanks Sophie, Victoria was so brave for her vaccines.", "Victoria"),
            silent("Thanks Sophie. Waiting lists for speech therapy are long across Georgia, and we are recruiting."),
            // A full numeric date from decades ago, in a sentence about the reader, is a birth date.
            hit("Sam, when we checked your date of birth (11/02/1979) the system showed another file.", "11/02/1979"),
            silent("Our clinic has served Harbour Street since 01/06/1998."),
            // A name after a staff role is a colleague's.
            silent("Ring the surgery and ask for our practice manager, Siobhan."),
            // A region that shares its spelling with a given name.
            silent("Thanks! Waits for mental health care are long throughout Georgia."),
            // The person a message is passed on to works at the practice.
            silent("Thank you, your kind words have been forwarded to Mr. Okafor."),
            // A number-first street address, the reader's or the practice's.
            hit("Sophie, we mailed the letter to you at 27 Birch Lane.", "27 Birch Lane"),
            silent("Our new clinic opens at 250 Harbour Street in May."),
            // A number the practice left messages on is the reader's.
            hit("Sophie, we left a voicemail at 0412 555 999 last week.", "0412 555 999"),
            silent("Leave us a voicemail at 0412 555 999 and we will get back to you."),
            // A titled surname that greets a reviewer who published only initials.
            hit_for("J.K.", "Mrs Kowalski, our whole team was following the booking rules.", "Kowalski"),
            hit("The form was filed under your married name.", "married name"),
            silent("Mrs Patel, our receptionist, is happy to help with any question."),
            silent("Flu vaccines are available for all children aged 2 years and up, no appointment needed."),
            // An age threshold for everyone.
            hit("Glad your son, aged 12, is smiling again.", "aged 12"),
            silent("NHS sight tests are free for people aged 40 and above."),
            // A number the practice tried to ring, and a personal mailbox.
            hit("We tried ringing you on 07700 900462 twice.", "07700 900462"),
            silent("You can book by ringing 01204 555 218."),
            hit("We'll send a reminder to your Gmail.", "your Gmail"),
            silent("We'll send a reminder by email."),
            // A greeting typed on a phone before the reviewer's unpublished given name, and the reader's
            // mailbox named as where to look.
            hit_for("Jen", "Thx Jennifer Walsh, the team loves hearing this!", "Jennifer"),
            Row { reply: "Thx Jen, the team loves hearing this!", review: "", reviewer: "Jen", flagged: None },
            hit("Please confirm your email so we can update the record.", "your email"),
            silent("Thank you for your message. Please check your email for our reply."),
            // A staff member who arrived at a street address went to the reader's home.
            hit("Walter, our nurse arrived at 42 Birch Lane on time.", "42 Birch Lane"),
            silent("Our clinic is at 42 Birch Lane, with parking behind."),
            // A street address beside a relative of the reader, but a move of the practice is not.
            hit(
                "Your son was named as your emergency contact at 27 Kingsley Road, so we called him.",
                "27 Kingsley Road",
            ),
            silent("We moved to 14 Ashgrove Road last year."),
            // A name that the signature repeats is the practice's.
            silent("Thanks! The goldfish are the real stars of Little Oaks.\nLittle Oaks Family Clinic, Leeds"),
            hit("Best of luck to her in junior infants!", "junior infants"),
            silent("We see children from newborns through 12th grade."),
        ],
    );
}

#[test]
fn billing_french() {
    run(
        Category::Billing,
        LangChoice::Fr,
        &[
            // An accented word is not the acronym it folds to (« AME »).
            silent("Notre vieil appareil a rendu l'âme, il a été remplacé."),
            silent("En effet, pas de tiers payant au cabinet, mais nous acceptons la carte bancaire."),
            hit("Ne vous inquiétez pas, c'est réglé avec la CPAM.", "c'est réglé avec la CPAM"),
            // A past event of the reader's outlasts a general marker in the sentence.
            hit("Comme pour tout le monde, la consultation vous a donc été facturée 50 €.", "50 €"),
            // A tariff, and a payer named with an article, bill no one.
            silent("Tarif : 45 €, non remboursé par l'Assurance maladie."),
            silent("La maison de santé et la CPAM du Rhône peuvent vous aider à trouver un médecin traitant."),
            silent("Le secrétariat peut vous expliquer la tarification du cabinet par téléphone."),
            silent("Le règlement du cabinet prévoit la facturation des rendez-vous non honorés."),
            hit("Le règlement dû depuis mars n'est toujours pas arrivé.", "Le règlement dû depuis"),
            // What to bring to any appointment.
            silent("Pensez à apporter votre carte Vitale et votre mutuelle."),
            silent("Munissez-vous de votre carte Vitale, elle est remboursée comme la séance."),
            hit("Vous avez oublié votre carte Vitale, la feuille de soins est partie par courrier.", "votre carte Vitale"),
            hit("Je vous rembourserai la séance annulée.", "Je vous rembourserai"),
            hit("Merci de régulariser rapidement.", "régulariser"),
            // An amount after « la facturation de » beside a past event is one bill. The decimal comma or
            // point and the space before « € » do not matter. The rule stated for everyone stays silent.
            hit("Ce créneau n'avait pas été libéré, d'où la facturation de 30,50 €.", "30,50 €"),
            hit("Ce créneau n'avait pas été libéré, d'où la facturation de 30.50€.", "30.50€"),
            hit("Le créneau avait été bloqué, d'où la facturation de 30,50€.", "30,50€"),
            silent("Un rendez-vous non décommandé entraîne la facturation de 25 €."),
            // The cost of the reader's care weighed beside another finding.
            hit("Vos implants sont un gros investissement, je sais.", "un gros investissement"),
            silent("La nouvelle salle d'attente est un gros investissement pour le cabinet."),
            // Who can help the reader, and information offered on insurance.
            silent("Bonjour Sophie, la CPAM pourra vous orienter vers un médecin disponible."),
            silent("Votre médecin traitant peut vous orienter vers un confrère."),
            hit("Sans déclaration de médecin traitant, votre consultation a été moins remboursée.", "médecin traitant"),
            silent("Notre accueil vous renseigne volontiers sur les complémentaires santé."),
            hit("Votre complémentaire santé a bien réglé la facture.", "complémentaire santé"),
            hit("Votre mutuelle a refusé la prise en charge.", "Votre mutuelle"),
            hit("Vous nous devez encore 45 €.", "45 €"),
            silent("Le cabinet pratique le tiers payant pour tous nos patients."),
            hit("Le reste dû de 30 € vous a été envoyé par courrier.", "reste dû"),
            hit("Pour toute question sur vos honoraires de mars, votre facture détaille tout.", "votre facture"),
            silent("Le secrétariat répond de 8 h à 12 h et un répondeur prend les messages le reste du temps."),
            silent("Appelez-nous pour toute question sur les honoraires ou le tiers payant."),
            hit("Le dépassement de quarante euros était indiqué sur le devis.", "dépassement de quarante euros"),
            hit("Pensez à transmettre votre arrêt à la caisse sous 48 heures.", "votre arrêt"),
            silent("Le cabinet se trouve à deux pas de l’arrêt de tram Gare."),
            // A public directory names no insurer of the reader.
            silent("L’annuaire de l’Assurance Maladie vous aidera à trouver un autre cabinet."),
            hit("Votre Assurance Maladie a refusé le remboursement.", "Assurance Maladie"),
            // The reader's sick leave by its short form.
            hit("Bon retour au bureau après votre arrêt, Sophie !", "votre arrêt"),
            silent("L’arrêt de bus le plus proche est devant la pharmacie."),
            // A fee in a telegraphic reply that tells the visit, and the practice's fee policy.
            hit("Bjr Julien, c'etait une conso avec cryo donc dépassement justifié.", "dépassement"),
            silent("Le cabinet est conventionné en secteur 1, donc sans dépassement."),
            // « mutu », the spoken short form of « mutuelle ».
            hit("Merci ! Ta mutu a bien reçu la facture.", "mutu"),
            silent("Le cabinet accepte toutes les mutus."),
            // Sessions left on the reader's cover.
            hit("Il vous en reste encore deux cette année.", "Il vous en reste encore deux"),
            silent("Il nous en reste encore deux créneaux ce samedi."),
            hit("Il te reste encore deux séances remboursées.", "Il te reste encore deux séances"),
            // Fees the practice will not discuss one by one stay general; the reader's own bill does not.
            hit("Nous ne pouvons pas commenter votre facture de 250 CHF ici.", "facture"),
            silent("Nous ne pouvons pas commenter une facture en particulier ici, mais notre secrétariat vous répondra volontiers."),
            // A certificate for the reader's employer or club reveals a visit.
            hit("Le certificat pour votre employeur a été envoyé.", "certificat pour votre employeur"),
            silent("Les certificats pour les clubs sportifs sont délivrés au cabinet."),
            // Luxembourg's health insurance fund, tied to the reader.
            hit("Merci Paulo, la CNS vous remboursera la consultation sous quinze jours.", "CNS"),
            silent("Le cabinet est conventionné avec la CNS."),
            // An amount written in words, with the Swiss and Belgian tens.
            hit("La consultation vous a coûté septante francs.", "septante francs"),
            silent("La consultation de base coûte trente euros pour tous les patients."),
            // A sick note by its length.
            hit("L'arrêt de 3 jours était justifié.", "arrêt de 3 jours"),
            silent("Le cabinet ferme pour un arrêt des travaux de 3 jours."),
            // The reader's own fee justified beside another finding, and a sum the reply points back to.
            hit("Le prix réglé correspond au dépassement autorisé pour votre détartrage.", "Le prix réglé"),
            silent("Le prix réglé est affiché à l'accueil."),
            hit("Le supplément était tout à fait justifié.", "Le supplément était tout à fait justifié"),
            silent("Le tarif est fixé par la convention."),
            hit("Les 70 € correspondent au tarif affiché.", "Les 70 € correspondent"),
            silent("Les 3 forfaits comprennent un bilan."),
            hit("Votre forfait annuel comprend cinq séances, dont il vous reste une.", "il vous reste une"),
            silent("Il vous reste une question ? Appelez le secrétariat."),
            // Help offered with any patient's document, and what insurers in general cover.
            hit("Notre secrétaire vous aidera à relire votre devis d'implant.", "votre devis d'implant"),
            silent("Le secrétariat peut vous aider à comprendre une facture ou un devis."),
            hit("Votre mutuelle ne couvre pas l'ostéopathie, mais de nombreuses autres le font.", "Votre mutuelle"),
            silent("Les séances de sophrologie ne sont pas remboursées par l'Assurance maladie, mais beaucoup de complémentaires prennent en charge quelques séances : renseignez-vous auprès de la vôtre."),
        ],
    );
}

#[test]
fn billing_english() {
    run(
        Category::Billing,
        LangChoice::En,
        &[
            hit("Thanks Mel! All bulk billed, so nothing to pay.", "bulk billed"),
            silent("Bulk billing only applies to concession card holders."),
            // A tariff bills no one.
            silent("Our fee for a first assessment is $90, and follow-up visits are shorter."),
            hit("Hi Tom, the app shows you cancelled late, which is why the fee applied.", "the fee applied"),
            silent("Please bring your insurance card to the front desk."),
            silent("Send us your insurance details before you book."),
            hit("We will refund you the cancellation fee.", "refund you"),
            // Advice to check one's own cover, and a fact about it.
            silent("Medicare covers routine foot care only in certain situations, so we always suggest checking your plan."),
            hit("Please check your plan: your plan only covers two cleanings.", "your plan only covers"),
            // A receipt offered for any insurer is general, but what was sent to the reader's insurer is not.
            silent("Our front desk can print a receipt for your insurance company."),
            hit("We sent your insurer the receipt for the crown.", "your insurer"),
            // The reader's payments, stopped; a rule on payment plans is general.
            hit("Rick, you signed up for the plan yourself and then stopped paying.", "stopped paying"),
            silent("Payment plans can be paused at any time by calling the front desk."),
            // A rule on what may be issued is general; the reader's own note is not.
            hit("Hi Greg, your fit note was refused on the 3rd.", "fit note"),
            silent("We understand your frustration, but a fit note can only be issued when there's a medical reason."),
            // A fee upheld against the reader.
            hit("The fee stands.", "The fee stands"),
            silent("Our fees are listed at reception and on our website."),
            hit("Your outstanding balance is $120.", "$120"),
            hit("Sadly your Blue Shield plan only covers two cleanings.", "Blue Shield plan"),
            silent("Coverage varies by plan, so check with any insurer before a procedure."),
            hit("Your NHS dentist charges were explained at the desk.", "NHS dentist"),
            silent("From the spring you can also book through the NHS App or the NHS website."),
            hit("Your excess of ninety dollars is still outstanding.", "excess of ninety dollars"),
            hit("We waived the fee last time as a goodwill gesture.", "waived the fee"),
            silent("Our fees are listed on the website and at reception."),
            // A fee that applies to everyone.
            silent("Medical forms are an uninsured service under OHIP ($30)."),
            hit("You still owe $25 for the letter.", "$25"),
            // A bill sent to the reader.
            hit("Your cover had lapsed, which is why the bill went to you.", "the bill went to you"),
            silent("Questions about a bill? Our billing team will gladly help you."),
            // The price of the reader's purchase placed in the range.
            hit("Your crown was on the pricier side, but it will last.", "pricier side"),
            silent("Our frames range from budget to the premium end."),
            hit("Pop back and we can sign you off for a few more days.", "sign you off"),
            silent("Our GPs can sign off forms for schools and employers."),
            hit("The remakes were done free of charge.", "free of charge"),
            silent("Remakes are done free of charge."),
            // The reader's debt handed on, but the practice's policy is not.
            hit("The unpaid invoice was passed to a debt collector.", "debt collector"),
            silent("We never send accounts to collections without writing first."),
            // A service given to the reader without charge, but free parking is not.
            hit("We redid your fitting at no extra cost.", "at no extra cost"),
            silent("Parking is free of charge for all visitors."),
            // Funding or cover granted to the reader, but the practice's own cover is not theirs.
            hit("Good that your grant finally went through.", "your grant finally went through"),
            silent("We are glad our insurance cover came through for the new building."),
            // "those without insurance" is anyone, and calling the number on one's card is advice to anyone.
            silent("We offer a savings plan for those without insurance."),
            silent("Please call the number on your insurance card to check coverage before booking."),
            // The practice sends: the invoice is the reader's.
            hit("We'll send your invoice this week.", "your invoice"),
            // An amount before a charge of the price list bills no one, unless the reader was charged.
            silent("We ask for a $50 deposit at booking, refunded with 48 hours' notice."),
            hit("You were charged a $50 fee for the missed visit.", "$50"),
        ],
    );
}

#[test]
fn legal_threat_revealing_care_french() {
    run(
        Category::LegalThreatRevealingCare,
        LangChoice::Fr,
        &[
            // « juge » as a verb.
            silent("Si votre médecin juge qu'un examen est urgent, il peut nous appeler directement."),
            // The practitioner's liability insurer told of the case.
            hit("Mon assurance professionnelle est prévenue.", "assurance professionnelle est prévenue"),
            silent("Nous avons signalé cet avis à la plateforme."),
            hit("Je transmets votre dossier à mon avocat.", "transmets votre dossier"),
            silent("Nous avons signalé cet avis à la plateforme."),
            hit(
                "Vos propos sont diffamatoires et mon avocat en est saisi. La prothèse a été posée dans les règles.",
                "mon avocat en est saisi",
            ),
            silent(
                "Nous avons signalé cet avis diffamatoire à la plateforme. Le cabinet propose la pose de prothèses \
                 pour tous nos patients.",
            ),
            // The record promised as evidence, named by a pronoun.
            hit("La fiche existe, et nous n’hésiterons pas à la produire.", "la produire"),
            silent("Nous ne manquerons pas de le transmettre à l’équipe."),
            // A report on the reader sent to the police.
            hit("Le signalement a été transmis à la police et à l'Ordre.", "transmis à la police"),
            silent("Nous avons signalé cet avis à la plateforme."),
        ],
    );
}

#[test]
fn legal_threat_revealing_care_english() {
    run(
        Category::LegalThreatRevealingCare,
        LangChoice::En,
        &[
            // The reader's care handed to the lawyers. A route for complaints names no care.
            hit("The notes on your root canal are now with our legal department.", "with our legal department"),
            silent("Complaints go to our legal department, never to the clinicians."),
            // The practitioner's liability insurer told of the case.
            hit("Our liability insurer is informed.", "liability insurer is informed"),
            silent("We have reported this review to the platform."),
            // Clinical notes handed to a lawyer.
            hit("These claims have been sent to our solicitor along with the clinical notes.", "the clinical notes"),
            silent("The practice keeps clinical notes securely, as the law requires."),
            hit("We have forwarded your chart to our attorney.", "forwarded your chart"),
            silent("We have reported this review to Google."),
            hit(
                "Our lawyer has been informed. The filling was placed correctly and you never came back.",
                "Our lawyer has been informed",
            ),
            silent("We have reported this defamatory review. Our team offers fillings and crowns to every patient."),
        ],
    );
}

#[test]
fn derogatory_remark_french() {
    run(
        Category::DerogatoryRemark,
        LangChoice::Fr,
        &[
            // The reader's condition blamed for hard sessions. Noise from building work blames no one.
            hit(
                "Votre dépression rendait les séances difficiles, mais nous avons avancé.",
                "rendait les séances difficiles",
            ),
            silent("Le bruit des travaux rendait les échanges difficiles au téléphone, toutes nos excuses."),
            // A judgment on the reader's willingness. The same adjective in a condition is an offer.
            hit("Vous sembliez peu enclin à écouter nos conseils.", "peu enclin"),
            silent("Si vous n'êtes pas disposé à vous déplacer, une téléconsultation est possible."),
            // The reader's tone blamed without a possessive.
            hit("Notre secrétaire n'a pas à supporter qu'on lui parle de ce ton.", "parle de ce ton"),
            silent("Notre secrétaire garde toujours un ton aimable au téléphone."),
            // A judgement on the reader's understanding; plain words for everyone are not.
            hit("Monsieur, je me suis adapté à votre niveau de compréhension.", "votre niveau de compréhension"),
            silent("Nous veillons à expliquer chaque soin avec des mots simples."),
            // The reader judged as a person; a remark on a situation is not.
            hit("Vous êtes de toute évidence quelqu’un de très difficile à rassurer.", "quelqu’un de très difficile"),
            silent("L’attente est difficile pour quelqu’un qui a mal, nous le savons."),
            // Disqualifying the reader, and a hangover named as the reason for a visit.
            hit("Vous êtes très mal placé pour juger notre sérieux.", "mal placé"),
            silent("Nous sommes mal placés pour commenter une situation individuelle."),
            hit("On ne prolonge pas un arrêt pour une gueule de bois.", "gueule de bois"),
            hit("Votre état psychologique ne permettait pas d’échanger.", "Votre état psychologique"),
            hit("Vous semblez confus dans votre avis.", "Vous semblez confus"),
            silent("Nous respectons votre point de vue."),
            silent("Nous comprenons votre colère face aux délais."),
            hit("Agressif et confus comme vous l’étiez, il fallait recadrer.", "confus comme vous l’étiez"),
            silent("Comme vous, nous tenons à un accueil respectueux."),
            hit("Vos difficultés à le supporter en disent long.", "Vos difficultés à le supporter"),
            hit("Votre réaction en dit long.", "Votre réaction en dit long"),
            silent("Vos mots en disent long sur l’engagement de notre équipe."),
            silent("Nous comprenons vos difficultés à obtenir un rendez-vous."),
            // A judgement on the reader's hygiene.
            hit(
                "Avec une hygiène bucco-dentaire si mauvaise, les soins étaient longs.",
                "une hygiène bucco-dentaire si mauvaise",
            ),
            silent("Une bonne hygiène dentaire prévient les caries."),
            // A judgement on the reader's temper.
            hit("Avec un tempérament pareil, rien d’étonnant à ce que ça coince.", "un tempérament pareil"),
            silent("Avec une attitude bienveillante, toute l’équipe vous accueille."),
            // An intensifier before the trait, and the jab about questioning oneself.
            hit("Votre profonde méfiance a rendu l’échange compliqué.", "profonde méfiance"),
            hit(
                "Il est plus facile de critiquer un praticien que de se remettre en question.",
                "se remettre en question",
            ),
            silent("Notre équipe aime se remettre en question pour progresser."),
            // The reader's nerves at the visit.
            hit("Bonjour, votre agitation a rendu l'échange difficile.", "votre agitation"),
            hit("Votre énervement en consultation a surpris l'équipe.", "Votre énervement"),
            silent("Nous comprenons votre énervement face à l'attente."),
            // Neglect ascribed to the reader.
            hit("Difficile d’aider quand on arrive avec autant de négligence.", "autant de négligence"),
            silent("Nous regrettons toute négligence de notre part."),
            // Coming in drunk, said through a thinly veiled « on ».
            hit(
                "Quand on se présente au cabinet en ayant bu, il ne faut pas s'étonner d'être mal reçu.",
                "en ayant bu",
            ),
            silent("Quand on se présente au cabinet en avance, on patiente en salle d'attente."),
            // A reproach to the reader's manners.
            hit("Un peu de reconnaissance ne ferait pas de mal.", "Un peu de reconnaissance ne ferait pas de mal"),
            silent("Un peu de soleil ne ferait pas de mal à toute l'équipe !"),
        ],
    );
}

#[test]
fn derogatory_remark_english() {
    run(
        Category::DerogatoryRemark,
        LangChoice::En,
        &[
            // A condition states nothing about the reader.
            silent("If you are unwell and can't wait, please call 111."),
            // The reader judged as a person; a remark on a situation is not.
            hit(
                "Frankly, you were one of the most difficult people our staff has dealt with.",
                "most difficult people",
            ),
            silent("We know waiting rooms are difficult places for people in pain."),
            // The review read as a sign of the reader's state.
            hit(
                "This review says more about where you are right now than about my work.",
                "says more about where you are",
            ),
            silent("Your review says a lot about how we can improve our reception."),
            // Pain doubted from the reader's reaction to touch.
            hit("She flinched at the slightest touch.", "flinched"),
            silent("Please tell us if you flinch at any point."),
            // The reader watched outside the room to doubt their pain.
            hit("Then he sprinted across the car park.", "sprinted across the car park"),
            silent("Parking is free in the car park behind the clinic."),
            hit("Your mental state made the visit difficult.", "Your mental state"),
            silent("We respect your point of view."),
            silent("We are sorry you were upset, please contact the practice manager."),
            hit("You grew increasingly agitated in the waiting room.", "grew increasingly agitated"),
            hit("You seemed very stressed on the day.", "seemed very stressed"),
            silent("You seem to have had a frustrating time reaching us."),
            // An intensifier before the trait, and the jab about taking responsibility.
            hit("Your obvious hostility made the session hard for everyone.", "hostility"),
            hit("It is easier to blame a clinic than to take responsibility.", "easier to blame"),
            silent("We take responsibility for the wait times and are hiring."),
            hit("This reviewer has a documented history of making false complaints.", "history of making"),
            silent("We have a long history of caring for families in Leeds."),
            // The reader's conduct called a habit, and the jab "like everybody else".
            hit("You have repeatedly been rude to our reception team.", "repeatedly been rude"),
            silent("You've always been welcome here."),
            hit("Just book online like everybody else.", "like everybody else"),
            silent("We treat every caller like everyone else."),
        ],
    );
}

#[test]
fn advertising_french() {
    run(
        Category::Advertising,
        LangChoice::Fr,
        &[
            silent("Notre cabinet ne pratique ni promotion ni démarchage, conformément au code de déontologie."),
            silent("Merci pour ce gentil mot, et profitez bien de vos vacances !"),
            // Tariffs reply to a complaint about prices, but urgency sells.
            silent("Nos tarifs sont affichés au cabinet : bilan 40 €, semelles à partir de 140 €."),
            hit("Places limitées pour l'atelier, réservez vite !", "réservez vite"),
            // A document handed over, not a discount.
            silent("Une facture est remise à chaque séance."),
            // Advertising outright in a statement of the practice's offer.
            hit("Nous proposons le blanchiment à prix cassé.", "prix cassé"),
            silent("Nous proposons le blanchiment dentaire au cabinet."),
            hit("Nos implants à prix imbattable !", "prix imbattable"),
            hit("Profitez de -20 % sur le blanchiment.", "-20 %"),
            silent("Cabinet dentaire du Parc, Lyon"),
            hit("Nos praticiennes sont les meilleures orthodontistes à Lille.", "les meilleures orthodontistes à"),
            silent("Nous faisons de notre mieux pour offrir les meilleurs soins possibles."),
            hit("Pour les fêtes, la première séance de blanchiment est offerte.", "séance de blanchiment est offerte"),
            silent("Le cabinet a offert des chocolats à toute l’équipe pour les fêtes !"),
            // Care given free to new patients is an offer; a free car park promotes no care.
            hit("Le bilan postural est gratuit pour nos nouveaux patients.", "gratuit pour nos nouveaux patients"),
            silent("Le parking de la rue Pasteur est gratuit pour nos patients."),
        ],
    );
}

#[test]
fn advertising_english() {
    run(
        Category::Advertising,
        LangChoice::En,
        &[
            silent_for("Ana P.", "Thanks Ana, we're just a short walk from the station."),
            // Advertising outright in a statement of the practice's offer.
            hit("We offer teeth whitening at unbeatable prices.", "unbeatable"),
            silent("We offer teeth whitening at the practice."),
            hit("Use promo code SMILE for a discount on whitening!", "promo code"),
            silent("Smile Bright Dental, Boston"),
            hit("Book this week only and save on veneers.", "this week only"),
            hit("Bring a friend and get a free polish.", "Bring a friend and get"),
            silent("Our prices are listed online and do not change this month."),
            hit("Come and see why we're the top-rated physio clinic in Perth.", "top-rated"),
            hit("Best veneers in Miami, just ask around!", "Best veneers in"),
            silent("We try to give the best care in a calm setting."),
        ],
    );
}

#[test]
fn lenient_keeps_explicit_breaches() {
    for reply in ["Madame, votre cancer du sein est en rémission.", "Je vous ai reçue hier pour votre détartrage."] {
        let report = check(&Request { reply: reply.into(), strictness: Strictness::Lenient, ..Request::default() });
        let errors = report.findings.iter().filter(|finding| finding.severity == Severity::Error).count();
        assert!(errors > 0, "lenient dropped the breach in {reply:?}: {:#?}", report.findings);
        assert!(report.findings.iter().all(|finding| finding.severity == Severity::Error), "{:#?}", report.findings);
    }
}

#[test]
fn practice_details_stay_silent() {
    for reply in [
        "Bonjour Sophie, le cabinet sera fermé du 24 décembre au 2 janvier.",
        "Bonjour, le centre d'orthodontie est situé 12 rue de la République, 69002 Lyon, accès tram T1.",
        "Vous nous trouverez au 12 rue de la République.",
        "Merci Sophie, toute l'équipe de Mme Garnier vous remercie.",
        "Bonjour Sophie, nous avons mis en place un rappel par SMS la veille des rendez-vous.",
    ] {
        let report = check(&Request { reply: reply.into(), reviewer: Some("Sophie M.".into()), ..Request::default() });
        let counted: Vec<_> = report.findings.iter().filter(|finding| finding.severity >= Severity::Warning).collect();
        assert!(counted.is_empty(), "{reply:?} was flagged: {counted:#?}");
    }
}

#[test]
fn practice_calling_line_is_no_identifier() {
    // The line the practice called from is its own, though the sentence mentions the call.
    for reply in ["Le secrétariat vous a appelé depuis le 01 23 45 67 89.", "We called you from 01 23 45 67 89 twice."]
    {
        let report = check(&Request { reply: reply.into(), reviewer: Some("Sophie M.".into()), ..Request::default() });
        let identifiers: Vec<_> =
            report.findings.iter().filter(|finding| finding.category == Category::Identifier).collect();
        assert!(identifiers.is_empty(), "{reply:?} gave identifiers: {identifiers:#?}");
    }
}

#[test]
fn billing_rule_clause_is_general() {
    // A rule of the practice stays general beside a breach in another clause of its sentence.
    let reply = "Le statut non conventionné est affiché à l'accueil, et je vous l'ai précisé lors de votre venue.";
    let report = check(&Request { reply: reply.into(), reviewer: Some("Sophie M.".into()), ..Request::default() });
    let billing: Vec<_> = report.findings.iter().filter(|finding| finding.category == Category::Billing).collect();
    assert!(billing.is_empty(), "billing findings: {billing:#?}");
}

#[test]
fn strictness_levels_differ() {
    let reply = "Merci pour votre confiance, et bon rétablissement !";
    let count = |strictness| {
        let report = check(&Request { reply: reply.into(), strictness, ..Request::default() });
        report.findings.iter().filter(|finding| finding.severity >= Severity::Warning).count()
    };
    assert!(count(Strictness::Lenient) <= count(Strictness::Standard));
    assert!(count(Strictness::Standard) < count(Strictness::Strict));
}

#[test]
fn reviewer_name_is_no_legal_word() {
    // "Thanks Sue": the reviewer's given name is no threat to sue, but the verb still is.
    let run = |reply: &str| {
        let request = Request {
            reply: reply.into(),
            reviewer: Some("Sue B.".into()),
            lang: LangChoice::En,
            ..Request::default()
        };
        check(&request).findings.iter().any(|finding| finding.category == Category::LegalThreatRevealingCare)
    };
    assert!(!run("Thanks Sue! Everyone at the vaccination centre loved your review."));
    assert!(run("If you sue us, our insurer will see your physio notes."));
}
