package com.profitsentinel.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A closed-loop load generator for {@code POST /analysis/analyze} (scripts/load.sh): {@code clients} threads each send
 * the same export as a multipart form, one request after another, for {@code requests} requests in all after
 * {@code warmup} unmeasured ones; prints p50/p95/p99, throughput and errors as one Markdown table row.
 *
 * <pre>java -cp benchmarks.jar com.profitsentinel.benchmarks.LoadClient URL FILE CLIENTS REQUESTS WARMUP</pre>
 */
public final class LoadClient {
    private static final String BOUNDARY = "----sentinel-load-3b9e";

    private LoadClient() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: LoadClient URL FILE CLIENTS REQUESTS WARMUP");
            System.exit(2);
        }
        URI uri = URI.create(args[0]);
        Path file = Path.of(args[1]);
        int clients = Integer.parseInt(args[2]);
        int requests = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        byte[] body = form(file);
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        run(http, uri, body, clients, warmup);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        run(http, uri, body, clients, requests, latencies, errors);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "| %d | %d | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.2f req/s | %d |%n",
                clients,
                sorted.size(),
                percentile(sorted, 0.50),
                percentile(sorted, 0.95),
                percentile(sorted, 0.99),
                sorted.isEmpty() ? 0.0 : sorted.get(sorted.size() - 1) / 1e6,
                sorted.size() / seconds,
                errors.get());
    }

    private static void run(HttpClient http, URI uri, byte[] body, int clients, int requests) throws Exception {
        run(http, uri, body, clients, requests, new ArrayList<>(), new AtomicInteger());
    }

    private static void run(
            HttpClient http,
            URI uri,
            byte[] body,
            int clients,
            int requests,
            List<Long> latencies,
            AtomicInteger errors)
            throws Exception {
        AtomicInteger remaining = new AtomicInteger(requests);
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> futures = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                futures.add(pool.submit(() -> {
                    while (remaining.getAndDecrement() > 0) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(
                                    HttpRequest.newBuilder(uri)
                                            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                                System.err.println("HTTP " + response.statusCode() + ": "
                                        + new String(
                                                response.body(),
                                                0,
                                                Math.min(300, response.body().length),
                                                StandardCharsets.UTF_8));
                                continue;
                            }
                        } catch (IOException | InterruptedException e) {
                            errors.incrementAndGet();
                            System.err.println("request failed: " + e);
                            continue;
                        }
                        latencies.add(System.nanoTime() - sent);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        }
    }

    private static double percentile(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    private static byte[] form(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"as_of\"\r\n\r\n2025-06-30\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + file.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(Files.readAllBytes(file));
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
