package io.carepulse.models.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    void leavesPublicNumbersEventsAndOrdinaryAgesAlone() {
        assertThat(found("Please call our patient relations team at (312) 555-0100 so we can help.")).isEmpty();
        assertThat(found("Lakeside Regional visiting hours change on July 13: 7am to 9pm daily.")).isEmpty();
        assertThat(found("My dad is 67 and his fever is 104 tonight")).isEmpty();
        assertThat(found("My grandmother turned 93 in the ICU")).containsExactly("AGE:93");
    }

    @Test
    void redactionReplacesEachFindingByItsType() {
        String text = "Jessica Trent, DOB 03/14/1986, call 614-555-0128";
        List<PhiFinding> findings = DETECTOR.detect(text);
        assertThat(Redaction.redact(text, findings)).isEqualTo("[NAME], DOB [DATE], call [PHONE]");
    }
}
