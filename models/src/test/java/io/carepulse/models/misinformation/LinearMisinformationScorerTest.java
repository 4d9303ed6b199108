package io.carepulse.models.misinformation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The packaged model, on posts of the kinds reputation teams see. */
class LinearMisinformationScorerTest {

    private static final LinearMisinformationScorer SCORER = new LinearMisinformationScorer(RiskThresholds.DEFAULT);

    @Test
    void aMiracleCureWithTheHiddenTruthTropeIsHighRiskAndSaysWhy() {
        MisinformationRisk risk = SCORER.score("Doctors don't want you to know: drinking baking soda in water cures cancer in"
                + " 3 weeks. Big Pharma buried the study. Share before they delete it!!");
        assertThat(risk.level()).isEqualTo(RiskLevel.HIGH);
        assertThat(risk.reasons()).isNotEmpty().hasSizeLessThanOrEqualTo(LinearMisinformationScorer.MAX_REASONS);
        assertThat(risk.model()).isEqualTo(LinearMisinformationScorer.MODEL);
    }

    @Test
    void aHospitalAnnouncementAndAComplaintAreLowRiskWithoutReasons() {
        for (String text : new String[] {
            "Lakeside Regional is running a free flu shot clinic in the main lobby on Saturday, 9am to 3pm. Walk-ins welcome.",
            "Waited 4 hours in the Mercy Ridge ER with a broken wrist and nobody told us anything. Never again."}) {
            MisinformationRisk risk = SCORER.score(text);
            assertThat(risk.level()).as(text).isEqualTo(RiskLevel.LOW);
            assertThat(risk.reasons()).as(text).isEmpty();
        }
    }

    @Test
    void theGateSendsHospitalPostsToTheHealthcareExpertAndCovidNewsToTheNewsExpert() {
        MisinformationModel model = MisinformationModel.bundled();
        MisinformationFeatures features = model.features();
        assertThat(model.healthcareShare(features.vector(
                "Waited 4 hours in the Mercy Ridge ER with a broken wrist and nobody told us anything. Never again.")))
                .isGreaterThan(0.5);
        assertThat(model.healthcareShare(features.vector("Health ministry: 2,310 new COVID-19 cases and 41 deaths reported"
                + " in the last 24 hours; 1.2 million tests done so far #COVID19 https://t.co/Ab12Cd")))
                .isLessThan(0.5);
    }
}
