package io.carepulse.jobs.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft, broker and controller combined) for integration tests.
 *
 * <p>The broker runs in a child JVM rather than in the test JVM so that its threads, heap and
 * logging configuration cannot interfere with the code under test, and so that stopping it is as
 * thorough as stopping a real broker. Obtain it through {@link KafkaBrokerExtension}, which
 * shares one instance across every test class of the JVM.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaBroker.class);

    private static final String HOST = "127.0.0.1";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration OPERATION_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 50;
    private static final String KAFKA_LOG = "kafka.log";
    private static final String CONSOLE_LOG = "console.log";

    /** Lets tests prove that the extension really shares one broker per JVM. */
    private static final AtomicInteger STARTS = new AtomicInteger();

    private final Path home;
    private final Process process;
    private final String bootstrapServers;
    private final Admin admin;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaBroker(Path home, Process process, String bootstrapServers, Admin admin) {
        this.home = home;
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.admin = admin;
        // JUnit closes the broker after the last test; this covers a test JVM that exits early.
        // Its data is thrown away anyway, so there is no point in a graceful stop.
        this.shutdownHook = new Thread(() -> {
            try {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            deleteQuietly(home);
        }, "kafka-broker-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Formats fresh storage, launches the broker and returns once it serves client requests. */
    static KafkaBroker start() {
        long started = System.nanoTime();
        Path home = createTempDirectory();
        Process process = null;
        Admin admin = null;
        try {
            int[] ports = freePorts();
            String bootstrapServers = HOST + ":" + ports[0];
            Path config = writeConfig(home, ports[0], ports[1]);
            format(home, config);

            process = java(home, "kafka.Kafka", config.toString()).start();
            long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
            // Connecting the admin client only once the port is open keeps the test log free of
            // "connection refused" warnings while the broker JVM boots.
            awaitListening(process, ports[0], deadline);
            admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
            awaitCluster(process, admin, deadline);

            KafkaBroker broker = new KafkaBroker(home, process, bootstrapServers, admin);
            STARTS.incrementAndGet();
            LOG.info("Kafka broker at {} started in {} ms, home {}",
                    bootstrapServers, Duration.ofNanos(System.nanoTime() - started).toMillis(), home);
            return broker;
        } catch (Exception e) {
            String message = "Kafka broker did not start: " + e.getMessage() + logTails(home);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (admin != null) {
                admin.close(Duration.ZERO);
            }
            if (process != null) {
                stop(process);
            }
            deleteQuietly(home);
            throw new IllegalStateException(message, e);
        }
    }

    static int starts() {
        return STARTS.get();
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Creates the topic and returns once the broker has a leader for every partition. */
    public void createTopic(String topic, int partitions) {
        await(admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all());
        // The controller acknowledges creation before the broker has applied the new metadata,
        // and clients that ask the broker in between would be told the topic does not exist.
        long deadline = System.nanoTime() + OPERATION_TIMEOUT.toNanos();
        while (!hasLeaders(topic, partitions)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Topic " + topic + " has no leaders after " + OPERATION_TIMEOUT);
            }
            sleep(Duration.ofMillis(50));
        }
    }

    public void produce(String topic, List<String> values) {
        send(values.stream().map(value -> new ProducerRecord<String, String>(topic, value)).toList());
    }

    public void produce(String topic, String key, String value) {
        send(List.of(new ProducerRecord<>(topic, key, value)));
    }

    /**
     * Returns the values of every committed record the topic holds when called, reading from the
     * beginning; returns what it has read so far if that takes longer than {@code timeout}.
     */
    public List<String> consumeAll(String topic, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Consumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalArgumentException("No such topic: " + topic);
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            List<String> values = new ArrayList<>();
            while (!reached(consumer, end) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(100)).forEach(record -> values.add(record.value()));
            }
            return values;
        }
    }

    /** Stops the broker (gracefully if it manages within 20 s) and deletes its data. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmAlreadyExiting) {
            // the hook is running or about to, and does the same
        }
        admin.close(Duration.ofSeconds(5));
        stop(process);
        deleteQuietly(home);
        LOG.info("Kafka broker at {} stopped", bootstrapServers);
    }

    private void send(List<ProducerRecord<String, String>> records) {
        try (Producer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            List<Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
            producer.flush();
            sent.forEach(KafkaBroker::await);
        }
    }

    private boolean hasLeaders(String topic, int partitions) {
        try {
            TopicDescription description = admin.describeTopics(List.of(topic))
                    .allTopicNames().get(OPERATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            return description.partitions().size() == partitions
                    && description.partitions().stream().allMatch(partition -> partition.leader() != null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Describing topic " + topic + " timed out", e);
        }
    }

    private Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                // Topics are never auto-created here, so a wrong name should fail fast, not in 60 s.
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    }

    private Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                // Flink's exactly-once sink writes in transactions: see only what a real reader sees.
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
    }

    private static boolean reached(Consumer<?, ?> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static Path writeConfig(Path home, int brokerPort, int controllerPort) throws IOException {
        Properties server = new Properties();
        server.setProperty("process.roles", "broker,controller");
        server.setProperty("node.id", "1");
        server.setProperty("controller.quorum.bootstrap.servers", HOST + ":" + controllerPort);
        server.setProperty("listeners",
                "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        server.setProperty("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        server.setProperty("controller.listener.names", "CONTROLLER");
        server.setProperty("inter.broker.listener.name", "PLAINTEXT");
        server.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        server.setProperty("log.dirs", home.resolve("data").toString());
        // A single node cannot hold the default three replicas of the internal topics.
        server.setProperty("offsets.topic.replication.factor", "1");
        server.setProperty("transaction.state.log.replication.factor", "1");
        server.setProperty("transaction.state.log.min.isr", "1");
        // The first consumer group and the first transaction wait for these topics to be created:
        // one partition instead of the default 50 makes that wait short.
        server.setProperty("offsets.topic.num.partitions", "1");
        server.setProperty("transaction.state.log.num.partitions", "1");
        server.setProperty("group.initial.rebalance.delay.ms", "0");
        // Tests create their topics, so a misspelt topic name fails instead of silently working.
        server.setProperty("auto.create.topics.enable", "false");
        Path config = home.resolve("server.properties");
        store(server, config);

        Properties log4j = new Properties();
        log4j.setProperty("appender.file.type", "File");
        log4j.setProperty("appender.file.name", "file");
        log4j.setProperty("appender.file.fileName", home.resolve(KAFKA_LOG).toString());
        log4j.setProperty("appender.file.layout.type", "PatternLayout");
        log4j.setProperty("appender.file.layout.pattern", "[%d] %p %m (%c)%n");
        log4j.setProperty("rootLogger.level", "INFO");
        log4j.setProperty("rootLogger.appenderRef.file.ref", "file");
        store(log4j, home.resolve("log4j2.properties"));
        return config;
    }

    private static void format(Path home, Path config) throws IOException, InterruptedException {
        Process storageTool = java(home, "kafka.tools.StorageTool",
                "format", "--standalone", "-t", Uuid.randomUuid().toString(), "-c", config.toString()).start();
        if (!storageTool.waitFor(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            storageTool.destroyForcibly();
            throw new IllegalStateException("formatting storage took longer than " + STARTUP_TIMEOUT);
        }
        if (storageTool.exitValue() != 0) {
            throw new IllegalStateException("formatting storage failed with exit code " + storageTool.exitValue());
        }
    }

    private static ProcessBuilder java(Path home, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-Dlog4j2.configurationFile=" + home.resolve("log4j2.properties"),
                "-cp", testClassPath(),
                mainClass));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve(CONSOLE_LOG).toFile()));
    }

    /** Surefire and failsafe may run tests from a jar whose manifest alone names the classpath. */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire == null || surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
    }

    private static void awaitListening(Process process, int port, long deadline) {
        while (!accepts(port)) {
            checkRunning(process, deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    private static void awaitCluster(Process process, Admin admin, long deadline) {
        while (true) {
            checkRunning(process, deadline);
            try {
                if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000))
                        .nodes().get().isEmpty()) {
                    return;
                }
            } catch (ExecutionException notYet) {
                // retried until the deadline
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    private static void checkRunning(Process process, long deadline) {
        if (!process.isAlive()) {
            throw new IllegalStateException("broker exited with code " + process.exitValue());
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("broker not ready within " + STARTUP_TIMEOUT);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Both ports are held open together so that they cannot come out the same. */
    private static int[] freePorts() throws IOException {
        InetAddress loopback = InetAddress.getByName(HOST);
        try (ServerSocket broker = new ServerSocket(0, 0, loopback);
                ServerSocket controller = new ServerSocket(0, 0, loopback)) {
            return new int[] {broker.getLocalPort(), controller.getLocalPort()};
        }
    }

    private static String logTails(Path home) {
        StringBuilder tails = new StringBuilder();
        for (String name : List.of(KAFKA_LOG, CONSOLE_LOG)) {
            Path log = home.resolve(name);
            if (Files.exists(log)) {
                try {
                    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                    List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
                    tails.append("\n--- last ").append(LOG_TAIL_LINES).append(" lines of ").append(name).append(" ---\n")
                            .append(String.join("\n", tail));
                } catch (IOException e) {
                    tails.append("\n(").append(name).append(" unreadable: ").append(e.getMessage()).append(')');
                }
            }
        }
        return tails.toString();
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(OPERATION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("No answer from Kafka within " + OPERATION_TIMEOUT, e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("carepulse-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void store(Properties properties, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, null);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Could not delete {}", directory, e);
        }
    }
}
