package jp.cityplan.app.config.ratelimit;

import io.github.bucket4j.Bucket;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One token bucket per client, in memory and bounded: past {@code maxClients} the least recently seen client's bucket
 * is dropped (a dropped client starts again with a full bucket, which is what an idle client would have anyway).
 */
public final class ClientBuckets {

    private final Supplier<Bucket> newBucket;
    private final Map<String, Bucket> buckets;

    public ClientBuckets(int maxClients, Supplier<Bucket> newBucket) {
        this.newBucket = newBucket;
        this.buckets = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > maxClients;
            }
        };
    }

    public synchronized Bucket of(String client) {
        return buckets.computeIfAbsent(client, ignored -> newBucket.get());
    }

    public synchronized int size() {
        return buckets.size();
    }
}
