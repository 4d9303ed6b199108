package io.carepulse.jobs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBrokerExtension.class)
class KafkaBrokerIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static KafkaBroker brokerBeforeAll;

    @BeforeAll
    static void rememberBroker(KafkaBroker kafka) {
        brokerBeforeAll = kafka;
    }

    @Test
    void deliversEveryMessageInOrder(KafkaBroker kafka) {
        kafka.createTopic("broker-it-ordered", 1);
        List<String> messages = IntStream.range(0, 100).mapToObj(i -> "message-" + i).toList();

        kafka.produce("broker-it-ordered", messages);

        assertThat(kafka.consumeAll("broker-it-ordered", TIMEOUT)).containsExactlyElementsOf(messages);
    }

    @Test
    void readsKeyedMessagesFromEveryPartition(KafkaBroker kafka) {
        kafka.createTopic("broker-it-keyed", 3);
        for (int i = 0; i < 30; i++) {
            kafka.produce("broker-it-keyed", "patient-" + i, "vitals-" + i);
        }

        assertThat(kafka.consumeAll("broker-it-keyed", TIMEOUT))
                .containsExactlyInAnyOrderElementsOf(IntStream.range(0, 30).mapToObj(i -> "vitals-" + i).toList());
    }

    @Test
    void failsForTopicsThatWereNeverCreated(KafkaBroker kafka) {
        assertThatThrownBy(() -> kafka.consumeAll("broker-it-missing", Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listensOnLoopbackOnly(KafkaBroker kafka) {
        assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
    }

    @Test
    void sharesOneBrokerWithBeforeAll(KafkaBroker kafka) {
        assertThat(kafka).isSameAs(brokerBeforeAll);
    }
}
