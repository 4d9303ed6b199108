package io.carepulse.jobs.bench;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.nodes.Stats;
import co.elastic.clients.elasticsearch.nodes.stats.NodeStatsMetric;
import java.io.IOException;

/** Indexing and CPU counters of the Elasticsearch nodes, summed; differences measure a run. */
record ElasticsearchStats(long indexTotal, long indexTimeMillis, long cpuMillis) {

    static ElasticsearchStats read(ElasticsearchClient client) throws IOException {
        long total = 0;
        long time = 0;
        long cpu = 0;
        for (Stats node : client.nodes().stats(s -> s.metric(NodeStatsMetric.Indices, NodeStatsMetric.Process)).nodes().values()) {
            total += node.indices().indexing().indexTotal();
            time += node.indices().indexing().indexTimeInMillis();
            Long nodeCpu = node.process().cpu().totalInMillis();
            cpu += nodeCpu == null ? 0 : nodeCpu;
        }
        return new ElasticsearchStats(total, time, cpu);
    }

    ElasticsearchStats since(ElasticsearchStats before) {
        return new ElasticsearchStats(indexTotal - before.indexTotal, indexTimeMillis - before.indexTimeMillis,
                cpuMillis - before.cpuMillis);
    }
}
