package io.carepulse.models.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The detector with the real CoreNLP recogniser. */
class HealthPrivacyDetectorTest {

    private static final HealthPrivacyDetector DETECTOR = new HealthPrivacyDetector();

    private static List<String> found(String text) {
        return DETECTOR.detect(text).stream().map(f -> f.type() + ":" + text.substring(f.start(), f.end())).toList();
    }

    @Test
    void findsTheShapedIdentifiersWithOffsetsOfTheIdentifierOnly() {
        String text = "Member ID NSH-448-201-77, DOB 03/14/1986, MRN 00482913. Call me at 614-555-0128 or jt@example.com,"
                + " SSN 900-12-3456, home 12 Birch Lane, Ashby 54517";
        assertThat(found(text)).containsExactly("HEALTH_PLAN:NSH-448-201-77", "DATE:03/14/1986", "MRN:00482913",
                "PHONE:614-555-0128", "EMAIL:jt@example.com", "SSN:900-12-3456", "ADDRESS:12 Birch Lane", "ZIP:54517");
    }

    @Test
    void findsPatientsAndRelativesButNotClinicians() {
        assertThat(found("Hi Denise, your mother, Ruth Kaminski, was moved after her hip surgery."))
                .contains("NAME:Denise", "NAME:Ruth Kaminski");
        assertThat(found("Prayers for my sister Deborah, starting chemo at Lakeside on 12/24/2023"))
                .containsExactly("NAME:Deborah", "DATE:12/24/2023");
        assertThat(found("Dr. Anita Patel was wonderful with my son.")).isEmpty();
    }

    @Test
    void findsPatientsNoRuleNamesByTheRecogniserTrainedOnTheCorpus() {
        // no kin word, title, wish or person cue: without the trained recogniser both names stay in clear
        assertThat(found("Huge thanks to the ortho team, Lorcan is walking again")).containsExactly("NAME:Lorcan");
        assertThat(found("After 9 days on the cardiac floor Anselm finally ate a full meal")).containsExactly("NAME:Anselm");
    }

    @Test
    void readsAWordThatIsNeverANameInSmallLettersInATextWithOneCapital() {
        // the truecasing list has "Finally" (sentences open with it): the name would have grown over it
        assertThat(found("Marek finally came home from rehab")).containsExactly("NAME:Marek");
    }

    @Test
    void leavesPublicNumbersEventsAndOrdinaryAgesAlone() {
        assertThat(found("Please call our patient relations team at (312) 555-0100 so we can help.")).isEmpty();
        assertThat(found("Lakeside Regional visiting hours change on July 13: 7am to 9pm daily.")).isEmpty();
        assertThat(found("My dad is 67 and his fever is 104 tonight")).isEmpty();
        assertThat(found("My grandmother turned 93 in the ICU")).containsExactly("AGE:93");
    }

    @Test
    void redactsNamesWhole() {
        assertThat(found("My cousin Tomasz Nowak-Lindqvist is in the ICU after a fall"))
                .contains("NAME:Tomasz Nowak-Lindqvist");
        assertThat(found("Her name's Zoë Ångström and she is 88, ask her yourselves"))
                .contains("NAME:Zoë Ångström");
        assertThat(found("My uncle Bartholomew 'Bart' Quigley passed away in hospice last night"))
                .contains("NAME:Bartholomew 'Bart' Quigley");
    }

    @Test
    void findsNamesByTheWishOrRecordAroundThem() {
        assertThat(found("Home after three weeks in rehab. Happy birthday Soraya!")).contains("NAME:Soraya");
        assertThat(found("Ines Barrow, my mother-in-law, is having surgery at Lakeside tomorrow"))
                .contains("NAME:Ines Barrow");
        assertThat(found("The nurse read out \"Osric Penn, date of birth\" to the whole waiting room"))
                .contains("NAME:Osric Penn");
        assertThat(found("the discharge nurse called me mr. okafor by mistake")).contains("NAME:okafor");
    }

    @Test
    void findsAgesAndDatesInLooserWording() {
        assertThat(found("Great-grandpa turns a hundred and one tomorrow, still sharp as a tack after his surgery"))
                .contains("AGE:a hundred and one");
        assertThat(found("My aunt, a 95 y.o. firecracker, was discharged from Lakeside")).contains("AGE:95 y.o.");
        assertThat(found("Dad's ninety-third birthday, spent in the ER")).contains("AGE:ninety-third");
        assertThat(found("Grandma still does the crossword in ink at 97 and the Lakeside nurses adore her"))
                .contains("AGE:97");
        assertThat(found("Grandma waited 95 minutes in room 104 with a fever of 101")).isEmpty();
        assertThat(found("The pharmacy bag said DOB 03-Feb-1947 and it sat on the counter all day")).contains("DATE:03-Feb-1947");
        assertThat(found("The intake sheet read Age: 96 and nobody checked her in")).contains("AGE:96");
        assertThat(found("Took my uncle, who is about 94, to the Lakeside ER")).contains("AGE:94");
        assertThat(found("Dad was discharged on Feb.9 with no follow-up")).contains("DATE:Feb.9");
        assertThat(found("My aunt was admitted on Christmas Eve and nobody called us")).contains("DATE:Christmas Eve");
        assertThat(found("Our clinics are closed on Christmas Day; the ER is always open")).isEmpty();
        assertThat(found("Had my hysterectomy 4-9 and the bill lists a different surgeon")).contains("DATE:4-9");
        assertThat(found("Admitted Sept the 2nd '23 and still waiting on the records")).contains("DATE:Sept the 2nd '23");
        assertThat(found("They admitted me Thursday, June 12 and lost my paperwork")).contains("DATE:Thursday, June 12");
        assertThat(found("Had my biopsy on the 9th and still no results")).contains("DATE:the 9th");
        assertThat(found("Dr. Feld was great, 10/10, Saturday hours are a lifesaver")).isEmpty();
    }

    @Test
    void findsDatesInEveryShapeAPersonWritesThem() {
        assertThat(found("The statement says date of service 2024.02.17, I was abroad")).contains("DATE:2024.02.17");
        assertThat(found("My dad was admitted Tuesday 14th and seen again Thu 16 March '23"))
                .contains("DATE:Tuesday 14th", "DATE:Thu 16 March '23");
        assertThat(found("Physio for my knee on March 3rd and 4th, then Dec '23 for the scan"))
                .contains("DATE:March 3rd and 4th", "DATE:Dec '23");
        assertThat(found("The portal shows my DOB as 4/1962 and my MRI as Mar-14")).contains("DATE:4/1962", "DATE:Mar-14");
        assertThat(found("Pinewick booked my physical for March fourteenth")).contains("DATE:March fourteenth");
        assertThat(found("Augustin's chemo starts Monday, Jan 8 at Mercy Ridge")).contains("DATE:Monday, Jan 8");
        assertThat(found("Got my annual physical on 3/4, the walk-in was quicker")).contains("DATE:3/4");
    }

    @Test
    void leavesFractionsRatingsAndTheOrganisationsDatesAlone() {
        assertThat(found("The cafe has free coffee for nurses week. 3/4 of the pastries are gone")).isEmpty();
        assertThat(found("Kidney stones, 0/10, would not recommend")).isEmpty();
        assertThat(found("Pinewick Family Practice will be closed Nov 28 and Nov 29 for Thanksgiving.")).isEmpty();
        assertThat(found("Thinking of applying for the night shift role they posted on June 11th")).isEmpty();
    }

    @Test
    void findsAgesWrittenAsRecordsAndSentencesWriteThem() {
        assertThat(found("Posting for a friend: her neighbour is 91F and was sent home")).contains("AGE:91F");
        assertThat(found("Happy 100th to the sweetest lady on the rehab floor!")).contains("AGE:100th");
        assertThat(found("Mum reached the age of 97. She will be 98.")).contains("AGE:97", "AGE:98");
        assertThat(found("Nana is 95yrs and sharper than the staff")).contains("AGE:95yrs");
        assertThat(found("Still sharp at 102 years, our Gran")).contains("AGE:102 years");
        assertThat(found("Cafeteria charges 92 cents for a banana. Fever went over 102. Lakeside welcomes 90 new nurses"))
                .isEmpty();
        assertThat(found("The hospital has stood for 95 years and counting")).isEmpty();
    }

    @Test
    void findsTheNameOfSomeoneSpokenOfWithoutARelative() {
        assertThat(found("Tobias got his cast off today at Mercy Ridge Children's")).contains("NAME:Tobias");
        assertThat(found("Ray Cole Jr. here - my father was treated at Lakeside")).contains("NAME:Ray Cole Jr.");
        assertThat(found("Cedar Hollow staff talk to my mother like a toddler")).isEmpty();
    }

    @Test
    void findsNamesInShoutedSpanishAndUnusualSpelling() {
        assertThat(found("MY FATHER WALTER BRZEZINSKI WAS LEFT ON A STRETCHER FOR 9 HOURS AT LAKESIDE"))
                .contains("NAME:WALTER BRZEZINSKI");
        assertThat(found("Mi papá José Luis Ramírez salió del hospital el lunes 4 de noviembre"))
                .contains("NAME:José Luis Ramírez", "DATE:lunes 4 de noviembre");
        assertThat(found("llevé a mi mamá doña Fela (92 años) a cedar hollow")).contains("NAME:Fela", "AGE:92 años");
        assertThat(found("my son DeShawn McAllister broke his arm")).contains("NAME:DeShawn McAllister");
        assertThat(found("pls RT: missing elderly man, Arthur Pennington, 91, walked out of the ER"))
                .contains("NAME:Arthur Pennington", "AGE:91");
        String accents = "They printed my mom's wristband as 'Nguyen Thi Lan' when it's Nguyễn Thị Lan.";
        assertThat(Redaction.redact(accents, DETECTOR.detect(accents))).doesNotContain("Nguy").doesNotContain("Lan");
        String repeated = "The pharmacist yelled \"ROSEMARY TRAN, DATE OF BIRTH 9/30/1952\" across the lobby. i am rosemary tran.";
        assertThat(Redaction.redact(repeated, DETECTOR.detect(repeated))).doesNotContainIgnoringCase("rosemary");
    }

    @Test
    void findsTheNameOfSomeoneCaredForOrSigningEvenWhenItIsAWord() {
        assertThat(found("Will had his 4th round of chemo today at Mercy Ridge")).contains("NAME:Will");
        assertThat(found("Spent the day at Lakeside getting my stitches out - Will")).contains("NAME:Will");
        assertThat(found("Please keep Hope in your prayers tonight, she is in the PICU")).contains("NAME:Hope");
        assertThat(found("Meals for Ngozi after her surgery at Mercy Ridge would be welcome")).contains("NAME:Ngozi");
    }

    @Test
    void leavesStaffPetsAndTheOrganisationsLinesAlone() {
        assertThat(found("Pharmacist Ahmed caught a drug interaction my doctor missed. Thank you, Ahmed.")).isEmpty();
        assertThat(found("Took a day off to be with my dog Charlie after his surgery")).isEmpty();
        assertThat(found("Their records email is xray@cedarhollow.example.net if you need it.")).isEmpty();
        assertThat(found("Can someone call me back? 262-555-0141 ext 2 goes nowhere.")).isEmpty();
        assertThat(found("We left a voicemail at (262) 555-0139 about your appointment."))
                .contains("PHONE:(262) 555-0139");
        assertThat(found("Waited 3 hrs 40 min at Cedar Hollow tonight. The wait board said 45 min. 2/5.")).isEmpty();
        assertThat(found("Overall 4.5/5. Dr. Ibsen spent 20 min with me.")).isEmpty();
        assertThat(found("12 hr shift, 4 patients over 90 on our unit, 1 CNA.")).isEmpty();
    }

    @Test
    void findsHolidaysAndWeekdaysThatDateSomeonesCare() {
        assertThat(found("Oma Liesel went into Mercy Ridge on Good Friday and came home Easter Monday"))
                .contains("NAME:Liesel", "DATE:Good Friday", "DATE:Easter Monday");
        assertThat(found("Surgery at Lakeside Regional was Wed, 9 Oct 2024. Discharged Fri the 11th."))
                .contains("DATE:Wed, 9 Oct 2024");
    }

    @Test
    void findsTheSerialOfTheDeviceNamedAndEveryMentionOfAName() {
        assertThat(found("Her cochlear implant ID QX-7781 was logged under another child")).contains("DEVICE:QX-7781");
        assertThat(found("Lakeside mailed me Philippa Osei's test results. I have never met Philippa."))
                .contains("NAME:Philippa Osei", "NAME:Philippa");
        assertThat(found("My father Anselm was sent home with the wrong meds")).contains("NAME:Anselm");
        assertThat(found("Dr. Kim's appointment slots are always full")).isEmpty();
    }

    @Test
    void redactsLeftoverCodesWithFiveOrMoreDigitsByTheirCue() {
        assertThat(found("Insurance card reads BWC 4410 9822 31 and the pharmacy says not covered"))
                .containsExactly("HEALTH_PLAN:BWC 4410 9822 31");
        assertThat(found("They typed my licence into the chart as W221 8841 0070, not even close"))
                .containsExactly("LICENSE:W221 8841 0070");
        assertThat(found("her pump's serial, stamped on the back: PX 0048 213. It beeps all night"))
                .containsExactly("DEVICE:PX 0048 213");
        assertThat(found("Gift shop receipt #Q-77120 for a $12 teddy, cute")).isEmpty();
        assertThat(found("Our 2019-2024 report: 125000 visits and 98% satisfaction")).isEmpty();
    }

    @Test
    void findsNamesInRepliesSignaturesAndShoutedStretches() {
        assertThat(found("Thanks Marisol! We're so glad Tomasz is feeling better.")).contains("NAME:Marisol", "NAME:Tomasz");
        assertThat(found("Estimada Carmen, nos alegra saber que Julián recibió atención rápida."))
                .contains("NAME:Carmen", "NAME:Julián");
        assertThat(found("Could not have done this without you all. — Priya, Dev & Anika"))
                .contains("NAME:Priya", "NAME:Dev", "NAME:Anika");
        assertThat(found("My amma Kamala Iyer is on 5 West")).contains("NAME:Kamala Iyer");
        assertThat(found("my mam siobhán ní bhriain has been on a trolley since noon")).contains("NAME:siobhán ní bhriain");
        assertThat(found("Wristband said 'DARIUSZ NOWAK MRN 5510293'")).contains("NAME:DARIUSZ NOWAK");
        assertThat(found("Our GoFundMe for Matteo is in my bio")).contains("NAME:Matteo");
        String shouted = "MY MOM LORRAINE FINALLY CAME HOME today, thank you lakeside";
        assertThat(Redaction.redact(shouted, DETECTOR.detect(shouted))).doesNotContain("LORRAINE");
    }

    @Test
    void findsNamesInTextWrittenInSmallLettersByTheirUsualCapitals() {
        assertThat(found("update from hazel: cardiologist says her valve is fine")).contains("NAME:hazel");
        assertThat(found("sending love to maya lindqvist and her family tonight, she's in surgery"))
                .contains("NAME:maya lindqvist");
        assertThat(found("the bill was 400 dollars and my mom will hope for the best")).isEmpty();
    }

    @Test
    void findsNamesTheirCareOrTheirOwnWordsPointAt() {
        assertThat(found("sheila here, 61 yo, just got my first colonoscopy")).contains("NAME:sheila");
        assertThat(found("Surgery went well, thank you for the prayers #BeauStrong")).contains("NAME:Beau");
        assertThat(found("mi hija xiomara salió del hospital hoy")).containsExactly("NAME:xiomara");
        assertThat(found("Paris had strep, Milan had nothing at all")).contains("NAME:Paris");
        assertThat(found("Cedar Hollow stitched up Dallas after he lost a fight with a mandoline")).contains("NAME:Dallas");
        assertThat(found("Quick vent: Eli, Jonah and Abe all got strep the same week"))
                .contains("NAME:Eli", "NAME:Jonah", "NAME:Abe");
        assertThat(found("Bà nội Lan (96) is finally home")).contains("NAME:Lan");
        assertThat(found("Registering Keoni's new hearing aids today")).contains("NAME:Keoni");
        assertThat(found("they emailed asking how Hiro's stay was?? i'm not hiro")).contains("NAME:Hiro", "NAME:hiro");
        assertThat(found("Home visits changed, please use 630-555-0164 (that's me, her daughter)")).contains("PHONE:630-555-0164");
        assertThat(found("Bingo and Bandit got me through a root canal")).isEmpty();
        assertThat(found("Staff got her a warm blanket and a cab home.")).isEmpty();
        assertThat(found("@jen_r_writes Hi Jen, we're so sorry about your visit")).containsExactly("NAME:Jen");
    }

    @Test
    void leavesStaffListsPlacesAndAuthorsAlone() {
        assertThat(found("Thank you NICU nurses Imani, Rosalind and Thao")).isEmpty();
        assertThat(found("Ask for Dolores at registration")).isEmpty();
        assertThat(found("Dr. Okonkwo-Hale was lovely with my son")).isEmpty();
        assertThat(found("his scheduler, Ms. Varga, double-booked me")).isEmpty();
        assertThat(found("Hiroshi and Dr. Amsel appreciate your kind words")).isEmpty();
        assertThat(found("My dad was reading Toni Morrison in the infusion chair")).isEmpty();
        assertThat(found("Parking under the Augustin Webb Pavilion is 14 dollars")).isEmpty();
    }

    @Test
    void findsNamesInShoutsWishesSignaturesAndSelfIntroductions() {
        assertThat(found("SKYLAR IS AWAKE!!!!! 4 days in the trauma ICU")).contains("NAME:SKYLAR");
        assertThat(found("PRAY FOR JAYDEN he coded twice last night")).contains("NAME:JAYDEN");
        assertThat(found("Faith is off the ventilator!!! y'all are heroes")).contains("NAME:Faith");
        assertThat(found("Our charge nurse Lupe got admitted to our own unit. Get well, Lupe"))
                .containsExactly("NAME:Lupe", "NAME:Lupe");
        assertThat(found("get well soon to our point guard Tre Ashby who tore his ACL")).contains("NAME:Tre Ashby");
        assertThat(found("Thank you for 41 days of caring for our boy. With love, Ngozi & Obinna"))
                .contains("NAME:Ngozi", "NAME:Obinna");
        assertThat(found("He caught my thyroid cancer early. Forever grateful. — Teddy K.")).contains("NAME:Teddy K.");
        assertThat(found("June here — one year stroke-versary today!")).contains("NAME:June");
        assertThat(found("chloe's mom here lol. chloe got her braces off")).containsExactly("NAME:chloe", "NAME:chloe");
        assertThat(found("waiting for grandpa joe to come out of his cath")).contains("NAME:joe");
        assertThat(found("ty to the night nurse who held my hand while i cried. -sol")).contains("NAME:sol");
        assertThat(found("#FuerzaJuanCarlos, está en cirugía")).contains("NAME:JuanCarlos");
        assertThat(found("same here, my mom waited 6 hours")).isEmpty();
    }

    @Test
    void leavesToysNunsPickedOutStaffAndAppVersionsAlone() {
        assertThat(found("My son's stuffed giraffe, Mr. Noodles, got a cast too")).isEmpty();
        assertThat(found("The hospice nurses (especially Bogdan) were angels to my mom")).isEmpty();
        assertThat(found("My father, Raj Pruitt, is 97")).contains("NAME:Raj Pruitt");
        assertThat(found("the patient portal app 5.2.0.11 still crashes on my phone")).isEmpty();
    }

    @Test
    void findsContactDetailsInTheShapesPeopleWriteThem() {
        assertThat(found("we waited 6 hours with dad. call me back at (608)555-0172 please")).contains("PHONE:(608)555-0172");
        assertThat(found("Sabrina at the front desk texted my wife at 414-555-0187 within the hour")).contains("PHONE:414-555-0187");
        assertThat(found("Pinewick called my work line about my biopsy. Work: (312) 555-0176 ext. 4402."))
                .contains("PHONE:(312) 555-0176 ext. 4402");
        assertThat(found("the front desk typed my cell as 608-555-0131 instead of 608-555-0113"))
                .contains("PHONE:608-555-0131", "PHONE:608-555-0113");
        assertThat(found("told the operator my callback twice — six oh eight, five five five, oh one two six"))
                .contains("PHONE:six oh eight, five five five, oh one two six");
        assertThat(found("Email me: cass.r [at] example [dot] org")).contains("EMAIL:cass.r [at] example [dot] org");
        assertThat(found("my mom lives at 1209 n. maple st and the ambulance went to the wrong house"))
                .contains("ADDRESS:1209 n. maple st");
        assertThat(found("Me mudé de 2450 S Kedzie Ave a 3017 W 26th St Apt 1F y siguen mandando las cartas de mi hijo"))
                .contains("ADDRESS:3017 W 26th St Apt 1F");
        assertThat(found("Mi mamá vive en 301 Calle Luna, su código postal es 53711")).contains("ADDRESS:301 Calle Luna", "ZIP:53711");
        assertThat(found("Riverbend Dental sent my bill to PO Box 1142, 54481, which I closed")).contains("ADDRESS:PO Box 1142", "ZIP:54481");
        assertThat(found("Anyone used the home health benefit around 53704/53714? Mom (92) needs wound care"))
                .contains("ZIP:53704", "ZIP:53714");
        assertThat(found("Minivan plate WI 7TR-882 is still with the valet")).contains("VEHICLE:WI 7TR-882");
        assertThat(found("the receipt shows DL S530 8841 2290 07 and my home ZIP")).contains("LICENSE:S530 8841 2290 07");
        assertThat(found("the portal still lists the old serial 8RT4-KZ21 instead of 9QW7LM03"))
                .contains("DEVICE:8RT4-KZ21", "DEVICE:9QW7LM03");
        assertThat(found("autofilled someone else's: 262-555-0171, Lucille Banks. Whoever you are Lucille"))
                .contains("NAME:Lucille Banks", "NAME:Lucille");
    }

    @Test
    void leavesOrganisationsLinesAndPlacesAlone() {
        assertThat(found("Our team at 220 Harbor Way is always happy to help. Call us at (608) 555-0190")).isEmpty();
        assertThat(found("New visiting hours effective Jan 5. Questions? Call 920-555-0111.")).isEmpty();
        assertThat(found("Riverbend Dental moved to 880 Foundry St, Unit 4. Still the best crowns in town.")).isEmpty();
        assertThat(found("Dr. Amadi diagnosed my dad early. Her office line is (414) 555-0138 and they pick up.")).isEmpty();
    }

    @Test
    void findsChildrenAndRelativesByHowFamiliesWriteAboutThem() {
        assertThat(found("our little Autumn had her first ER visit this autumn")).contains("NAME:Autumn");
        assertThat(found("Brought my 2-year-old Yusuf in at 11pm with croup")).contains("NAME:Yusuf");
        assertThat(found("Hope is 6 days old and already a NICU graduate")).contains("NAME:Hope");
        assertThat(found("reading to my gran Maude in the hospice unit")).contains("NAME:Maude");
        assertThat(found("Peaches (my grandma, real name Pearl Ambrose) is 99 today")).contains("NAME:Pearl Ambrose");
        assertThat(found("Sofía aquí 👋 mi cirugía de vesícula fue el jueves")).contains("NAME:Sofía");
        assertThat(found("Carmen, gracias por compartir. Nos alegra que Santiago se esté recuperando bien"))
                .contains("NAME:Carmen", "NAME:Santiago");
        assertThat(found("thinking about mrs abernathy in 12 who turned 100 today")).contains("NAME:abernathy");
        assertThat(found("security left a note on my car KLM 4471 in the ER lot")).contains("VEHICLE:KLM 4471");
        assertThat(found("Our Girl Scout troop dropped off cards for the NICU")).isEmpty();
        assertThat(found("We've shared them with Priscilla and the whole 4 North team.")).isEmpty();
    }

    @Test
    void findsPatientsNamedWithNoKinWordByWhatHappensToThem() {
        assertThat(found("Prayers please 🙏 Tomás went to Lakeside Regional by ambulance")).contains("NAME:Tomás");
        assertThat(found("Beulah is ninety-eight and just beat pneumonia")).contains("NAME:Beulah");
        assertThat(found("AMARACHI IS CANCER FREE!!!! last chemo was Jan 9")).contains("NAME:AMARACHI");
        assertThat(found("Aaliyah, thank you for the sweet photo of Zion ringing the bell!")).contains("NAME:Aaliyah", "NAME:Zion");
        assertThat(found("lol Brandy just got 3 stitches at Cedar Hollow")).contains("NAME:Brandy");
        assertThat(found("The front desk kept calling me 'Agnes'. My name is Aigerim.")).contains("NAME:Agnes", "NAME:Aigerim");
        assertThat(found("the incident report even has my plate wrong: 7KJR204 instead of 7KJR240"))
                .contains("VEHICLE:7KJR204", "VEHICLE:7KJR240");
        assertThat(found("ortho follow-up is 6/3 at Lakeside North")).contains("DATE:6/3");
        assertThat(found("Fever was 101.4 at triage and they still sent us home")).isEmpty();
    }

    @Test
    void readsSpanishDatesAndAgesAndTellsEventsFromCare() {
        assertThat(found("Mi hija Valentina salió de la operación del 14 de agosto"))
                .contains("NAME:Valentina", "DATE:14 de agosto");
        assertThat(found("Mi abuelo tiene noventa y tres años")).contains("AGE:noventa y tres años");
        assertThat(found("Grand opening party was Sept 14, I went for the tacos")).isEmpty();
        assertThat(found("I've been cancer free since 3/4/2023 thanks to Lakeside")).contains("DATE:3/4/2023");
        assertThat(found("spent the night in the ER on March 3 with my dad")).contains("DATE:March 3");
        assertThat(found("The baby runs a fever since 3/4, pediatrician says wait")).contains("DATE:3/4");
        assertThat(found("The EOB says date of service 04/17/2024, party of one")).contains("DATE:04/17/2024");
        assertThat(found("We gave them our home fax, 262-555-0193")).contains("FAX:262-555-0193");
        assertThat(found("Visit us anytime at 1200 Harbor Blvd.")).isEmpty();
        assertThat(found("Group number 0087731 on my card")).isEmpty();
        assertThat(found("Hi Darnell, sorry the flu shot clinic ran out before your appointment on Oct 3."))
                .contains("DATE:Oct 3");
        assertThat(found("mi hermano ya salió de cirugía. lo operaron el sábado 14")).contains("DATE:sábado 14");
        assertThat(found("She lives at 16 Orchard Hill Rd, Unit 4 (53711). Call me")).contains("ZIP:53711");
        assertThat(found("Member Vanessa Quarles, ID NHX 5521 0098 3, on my EOB")).contains("HEALTH_PLAN:NHX 5521 0098 3");
        assertThat(found("LOST: my son's CGM transmitter (ID 7HQ2ZM) in the garage")).contains("DEVICE:ID 7HQ2ZM");
    }

    @Test
    void findsNamesThatGreetingsLossesNicknamesAndMailingLabelsGive() {
        assertThat(found("Hi May, we're sorry your father waited so long after his fall on 2/3.")).contains("NAME:May");
        assertThat(found("Thanks for the update, Solveig. We're glad the 4 East team could help.")).contains("NAME:Solveig");
        assertThat(found("Opal was my great-grandma, 99, and the hospice nurses were angels.")).contains("NAME:Opal");
        assertThat(found("Our Tamati is home from the NICU after 6 weeks!")).contains("NAME:Tamati");
        assertThat(found("Fixed my filling in ten minutes.\n— Wren Okafor-Byrne")).contains("NAME:Wren Okafor-Byrne");
        assertThat(found("We lost Augustin on 3/9 at Lakeside hospice.")).contains("NAME:Augustin", "DATE:3/9");
        assertThat(found("my husband (the grandkids call him Moose) had his stent put in on Friday")).contains("NAME:Moose");
        assertThat(found("Casseroles for the Okonkwo family this week: dad is home after bypass surgery.")).contains("NAME:Okonkwo");
        assertThat(found("The envelope said 'Lorna Vickery, 82 Alder Bend Rd' and it was not for me.")).contains("NAME:Lorna Vickery");
        assertThat(found("Prayers for Thandi & Sipho, their baby was born at 28 weeks")).contains("NAME:Thandi", "NAME:Sipho");
        assertThat(found("Spider-Man and Bluey were at the parade")).isEmpty();
    }

    @Test
    void findsNicknamesNeighboursSignaturesAndNamesSetRight() {
        assertThat(found("So relieved Big Reggie is home after his bypass!")).contains("NAME:Big Reggie");
        assertThat(found("The boy next door Kofi broke his wrist on the trampoline")).contains("NAME:Kofi");
        assertThat(found("They printed my name as Tomasz Wojcik instead of Tomasz Wójcik on the bracelet"))
                .contains("NAME:Tomasz Wojcik", "NAME:Tomasz Wójcik");
        assertThat(found("Best dentist in town.\n— Imogen Fairweather, patient since 2009")).contains("NAME:Imogen Fairweather");
        assertThat(found("Prayer request for Dolph 🙏 stent on Monday")).contains("NAME:Dolph");
        assertThat(found("We live at 3310 County Rd M and the ambulance could not find us")).contains("ADDRESS:3310 County Rd M");
        assertThat(found("Her medical alert bracelet says call 608-555-0163 if she is found confused")).contains("PHONE:608-555-0163");
        assertThat(found("Blood drive this Friday! Call 608-555-0145 to book a slot.")).isEmpty();
        assertThat(found("Beulah is 98 today and sharp as ever")).contains("NAME:Beulah", "AGE:98");
        assertThat(found("They mailed the glasses to 41 Willow Bend, as she asked")).contains("ADDRESS:41 Willow Bend");
        assertThat(found("My babushka Зинаида is home from the hospital")).contains("NAME:Зинаида");
    }

    @Test
    void findsContactDetailsSpelledOutOrListedWithWhoSomeoneIs() {
        assertThat(found("RSVP by writing to me: lena dot park at example dot org")).contains("EMAIL:lena dot park at example dot org");
        assertThat(found("Hi Ana, we reached out to your son at 608-555-0147 about the results.")).contains("PHONE:608-555-0147");
        assertThat(found("The screen showed the last patient: DOB 02/11/1948, phone 608-555-0182.")).contains("PHONE:608-555-0182");
        assertThat(found("Mi mamá necesita un médico cerca de 53704.")).contains("ZIP:53704");
        assertThat(found("Please mail cards to the house, not the hospital: 17 Quarry Ln")).contains("ADDRESS:17 Quarry Ln");
    }

    @Test
    void findsWhatRepliesWhiteboardsAndFoundCardsRepeatAndDatesInItalianAndChinese() {
        assertThat(found("Hi Mr. Novak, we called the number in your review, 608-555-0128, and left a message."))
                .containsExactly("NAME:Novak", "PHONE:608-555-0128");
        assertThat(found("Hello Olumide, our nurse will call you today about your labs.")).containsExactly("NAME:Olumide");
        assertThat(found("Mia madre è stata ricoverata il 12 marzo al Mercy Ridge General.")).containsExactly("DATE:12 marzo");
        assertThat(found("Grandpa was admitted to Mercy Ridge General on 9月3日 after a fall.")).containsExactly("DATE:9月3日");
        assertThat(found("the whiteboard in the hall says 'Rm 12 - GUTIERREZ, M. - NPO after midnight'"))
                .containsExactly("NAME:GUTIERREZ, M.");
        assertThat(found("Found an insurance card in the garage. Name: Constance Oduya, Member ID NSH-30-119882."))
                .containsExactly("NAME:Constance Oduya", "HEALTH_PLAN:NSH-30-119882");
        assertThat(found("PSA: got her to read out her member ID, NHP-20481193, over the phone"))
                .containsExactly("HEALTH_PLAN:NHP-20481193");
    }

    @Test
    void leavesCharactersAndPublicFiguresAndTheWrongFamilyAlone() {
        assertThat(found("watching Grey's in the waiting room and Meredith Grey would have triaged faster")).isEmpty();
        assertThat(found("Taylor Swift playing in the infusion room and my son Mateo sang along")).containsExactly("NAME:Mateo");
        assertThat(found("they sent my son's x-rays to the wrong family")).isEmpty();
        assertThat(found("meal train for the nakamura family after the surgery")).containsExactly("NAME:nakamura");
    }

    @Test
    void aCountryFightingThePandemicIsNoPatientFightingCancer() {
        // "#IndiaFightsCorona" was 739 of the 1,881 names found on 10,501 public health tweets
        assertThat(found("#IndiaFightsCorona India has one of the lowest #COVID19 mortality rates in the world")).isEmpty();
        assertThat(found("Round 4 of chemo done at Lakeside Regional. #BeauFightsCancer")).containsExactly("NAME:Beau");
    }

    @Test
    void readsAPostInSmallLettersAsSuchWhateverOrganisationsAndAcronymsItCapitalises() {
        HealthPrivacyDetector detector = new HealthPrivacyDetector(Set.of("lakeside", "regional"), Set.of("lakeside", "regional"),
                List.of("Lakeside Regional"));
        String small = "kenji's first ER visit. 3am, Lakeside Regional, 40.1 fever. the night nurse gave him a dinosaur sticker";
        assertThat(detector.detect(small).stream().map(f -> small.substring(f.start(), f.end()))).containsExactly("kenji");
        // a shouted stretch is still read as one
        String shouted = "SKYLA IS AWAKE!!! 4 days in the Lakeside Regional ICU and she squeezed my hand";
        assertThat(detector.detect(shouted).stream().map(f -> shouted.substring(f.start(), f.end()))).containsExactly("SKYLA");
    }

    @Test
    void findsANameWrittenAgainInAnotherScriptAndAgesWithTheirUnitInAnyCase() {
        assertThat(found("Dr. Zhang treated my mother Wang Xiuying (王秀英) with such respect after her fall"))
                .contains("NAME:Wang Xiuying", "NAME:王秀英");
        assertThat(found("MI ABUELA CUMPLE 101 AÑOS HOY EN EL HOSPITAL")).contains("AGE:101 AÑOS");
        assertThat(found("奶奶 92岁了, discharged today")).contains("AGE:92岁");
        assertThat(found("Dr. Zhang (张医生) explained everything twice")).isEmpty();
    }

    @Test
    void findsTheRestOfAPersonsContactAndTheirCodesMistypedOrSentInPlainText() {
        // the words before the ZIP and the line speak of a cancer center and of a plan: only what comes right before makes them the person's
        assertThat(found("Please send cards to the house, not the cancer center: 2210 Bayou Rd, 70433."))
                .containsExactly("ADDRESS:2210 Bayou Rd", "ZIP:70433");
        assertThat(found("Northstar wants her new address and phone: 8 Wren Hollow Dr, 53066, +1.262.555.0171"))
                .containsExactly("ADDRESS:8 Wren Hollow Dr", "ZIP:53066", "PHONE:+1.262.555.0171");
        assertThat(found("The box of her insulin pump has serial KX4471Q while the pump itself says KX4417Q."))
                .containsExactly("DEVICE:KX4471Q", "DEVICE:KX4417Q");
        assertThat(found("They sent a confirmation with my licence number in plain text: W881-2207-4410."))
                .containsExactly("LICENSE:W881-2207-4410");
        assertThat(found("Our order #55120 came, and #55210 is still missing.")).isEmpty();
        assertThat(found("records keeps asking for his chart number. I have 5520917734 from his wristband"))
                .containsExactly("MRN:5520917734");
        assertThat(found("Can I get my dad's records sent to my fax? It's +1 414 555 0172.")).containsExactly("FAX:+1 414 555 0172");
        assertThat(found("I faxed them twice, please call me at 608-555-0148")).containsExactly("PHONE:608-555-0148");
        HealthPrivacyDetector detector = new HealthPrivacyDetector(Set.of("lakeside", "regional"), Set.of("lakeside", "regional"),
                List.of("Lakeside Regional"));
        assertThat(detector.detect("Lakeside Regional, 1200 Harbor Way, 53703, main line 608-555-0100, is closed Monday.")).isEmpty();
    }

    @Test
    void leavesAWatchedOrganisationsLineAndAddressAloneRightAfterItsName() {
        HealthPrivacyDetector detector = new HealthPrivacyDetector(Set.of("lakeside", "regional"), Set.of("lakeside", "regional"),
                List.of("Lakeside Regional"));
        String text = "Mom was admitted to Lakeside Regional, 1200 Harbor Way, 53703 and Lakeside Regional's fax is 608-555-0199.";
        assertThat(detector.detect(text)).isEmpty();
        assertThat(detector.detect("Lakeside Regional called 608-555-0166 asking for someone else, and still has 414-555-0193 ext. 22"
                + " as my mom's emergency contact.")).extracting(PhiFinding::type).containsExactly(PhiType.PHONE, PhiType.PHONE);
        String personal = "Lakeside Regional called my cell at 608-555-0142 and she lives at 14 Spruce Ct near Lakeside Regional.";
        assertThat(detector.detect(personal).stream().map(f -> f.type() + ":" + personal.substring(f.start(), f.end())))
                .containsExactly("PHONE:608-555-0142", "ADDRESS:14 Spruce Ct");
    }

    @Test
    void overlappingFindingsLeaveNothingInClear() {
        String text = "My brother Kofi Mensah-Arthur, DOB 1/2/1950, is in room 4";
        String redacted = Redaction.redact(text, DETECTOR.detect(text));
        assertThat(redacted).doesNotContain("Kofi").doesNotContain("Mensah").doesNotContain("Arthur").doesNotContain("1950");
    }

    @Test
    void redactionReplacesEachFindingByItsType() {
        String text = "Jessica Trent, DOB 03/14/1986, call 614-555-0128";
        List<PhiFinding> findings = DETECTOR.detect(text);
        assertThat(Redaction.redact(text, findings)).isEqualTo("[NAME], DOB [DATE], call [PHONE]");
    }
}
