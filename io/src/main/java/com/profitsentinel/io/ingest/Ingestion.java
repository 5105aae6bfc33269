package com.profitsentinel.io.ingest;

import com.profitsentinel.engine.analysis.EvaluatedRecord;
import com.profitsentinel.engine.analysis.RecordEvaluator;
import com.profitsentinel.engine.error.ErrorCode;
import com.profitsentinel.engine.error.ProfitSentinelException;
import com.profitsentinel.engine.finding.DataQualityCode;
import com.profitsentinel.engine.record.CountLine;
import com.profitsentinel.engine.record.DataQualityNote;
import com.profitsentinel.engine.record.FileFacts;
import com.profitsentinel.engine.record.ItemRecord;
import com.profitsentinel.io.csv.CharsetFallbackException;
import com.profitsentinel.io.csv.CsvChunks;
import com.profitsentinel.io.csv.CsvTableReader;
import com.profitsentinel.io.csv.SharedTexts;
import com.profitsentinel.io.csv.TextEncoding;
import com.profitsentinel.io.detect.FileInspector;
import com.profitsentinel.io.detect.InspectedFile;
import com.profitsentinel.io.layout.FileType;
import com.profitsentinel.io.layout.GenericPurchaseOrder;
import com.profitsentinel.io.layout.OrgillPurchaseOrder;
import com.profitsentinel.io.layout.PhysicalCounts;
import com.profitsentinel.io.layout.SalesDetail;
import com.profitsentinel.io.layout.ShopifyVariants;
import com.profitsentinel.io.layout.StoreColumns;
import com.profitsentinel.io.mapping.CanonicalField;
import com.profitsentinel.io.mapping.ColumnMapper;
import com.profitsentinel.io.mapping.ColumnMapping;
import com.profitsentinel.io.mapping.MappingDecision;
import com.profitsentinel.io.mapping.MappingRequest;
import com.profitsentinel.io.mapping.MappingSource;
import com.profitsentinel.io.mapping.PosProfiles;
import com.profitsentinel.io.mapping.ProfileChoice;
import com.profitsentinel.io.mapping.PurchaseOrderField;
import com.profitsentinel.io.mapping.SalesField;
import com.profitsentinel.io.normalize.InventoryNormalizer;
import com.profitsentinel.io.normalize.RecordSink;
import com.profitsentinel.io.table.Notice;
import com.profitsentinel.io.table.RowView;
import com.profitsentinel.io.table.SampleRow;
import com.profitsentinel.io.table.TableHead;
import com.profitsentinel.io.table.TableReader;
import com.profitsentinel.io.value.DateContext;
import com.profitsentinel.io.value.Identifiers;
import com.profitsentinel.io.value.NumberResult;
import com.profitsentinel.io.value.NumberStyle;
import com.profitsentinel.io.xlsx.XlsTableReader;
import com.profitsentinel.io.xlsx.XlsxTableReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file from bytes to normalized records in one streaming pass (columns.md §1): content check, reader, header
 * and sample, file type, POS profile and mapping, normalization, limits and the error budget. Records, lines and
 * data-quality notes go to a {@link RecordSink} as they are made; the returned {@link IngestionReport} says how the
 * file was read.
 */
public final class Ingestion {
    private static final int PROGRESS_EVERY = 1 << 16;
    private static final int MAX_REJECTIONS_LISTED = 100;
    private static final int EXAMPLES_PER_CODE = 20;
    private static final List<String> NATIVE_HEADERS = List.of(
            "store_id",
            "sku",
            "qty_on_hand",
            "unit_cost",
            "margin_pct",
            "sales_last_30d",
            "days_since_receipt",
            "retail_price",
            "is_damaged",
            "on_order_qty",
            "is_seasonal");

    private Ingestion() {}

    /** Reads one file into the sink. */
    public static IngestionReport ingest(IngestRequest request, RecordSink sink) {
        return ingest(request, sink, ProgressListener.NONE);
    }

    /**
     * Reads one file into the sink, telling {@code progress} how far it has come.
     *
     * @throws ProfitSentinelException for a file that cannot be read, a mapping without SKU, a row limit or an error
     *     budget exceeded; the message names the file, and the row, column and value where there is one
     */
    public static IngestionReport ingest(IngestRequest request, RecordSink sink, ProgressListener progress) {
        return read(request, sink, progress, Extent.WHOLE);
    }

    /**
     * Reads only the top of one file, the way {@link #ingest} starts: content check, encoding, delimiter or sheet,
     * header, the first {@value TableHead#SAMPLE_ROWS} data rows, file type, POS profile and mapping; then stops. The
     * file errors are those of {@link #ingest} ({@code EMPTY_FILE}, {@code NOT_AN_INVENTORY_FILE}, ...), and a text file
     * read as UTF-8 is checked to the end, so the encoding is the one a full read would use. Rejected rows never fail
     * a preview (the error budget is lifted). Orgill purchase orders, which have no sample, are read whole.
     *
     * @throws ProfitSentinelException for a file that cannot be read or mapped, as {@link #ingest}
     */
    public static FilePreview preview(IngestRequest request) {
        IngestRequest lenient = new IngestRequest(
                request.path(),
                request.displayName(),
                request.settings(),
                request.profile(),
                request.overrides(),
                request.saved(),
                request.sheet(),
                request.encoding(),
                request.delimiter(),
                request.limits().withErrorBudget(1.0, Long.MAX_VALUE));
        List<SampleRow> sample = new ArrayList<>();
        Extent head = new Extent(true, rows -> {
            sample.clear();
            sample.addAll(rows);
        });
        IngestionReport report = read(lenient, NO_RECORDS, ProgressListener.NONE, head);
        return new FilePreview(report, sample);
    }

    /** A sink that drops everything (a preview keeps only the report and the sample). */
    private static final RecordSink NO_RECORDS = new RecordSink() {
        @Override
        public void record(ItemRecord record) {}

        @Override
        public void note(DataQualityNote note) {}

        @Override
        public void restart() {}
    };

    /**
     * How far a read goes: every row, or only the sample (a preview).
     *
     * @param headOnly stop after the sample
     * @param sample receives the sample rows once the header is found (again after an encoding restart)
     */
    private record Extent(boolean headOnly, Consumer<List<SampleRow>> sample) {
        static final Extent WHOLE = new Extent(false, rows -> {});
    }

    private static IngestionReport read(
            IngestRequest request, RecordSink sink, ProgressListener progress, Extent extent) {
        InspectedFile inspected = FileInspector.inspect(
                request.path(), request.displayName(), request.limits().maxBytes());
        List<Notice> notices = new ArrayList<>(inspected.warnings());
        return switch (inspected.format()) {
            case CSV -> readText(request, inspected, sink, progress, notices, extent);
            case XLSX -> {
                try (TableReader reader =
                        XlsxTableReader.open(request.path(), request.displayName(), request.sheet())) {
                    yield new Run(request, inspected, sink, progress, notices, reader, "", "", extent).execute();
                }
            }
            case XLS -> {
                try (TableReader reader = XlsTableReader.open(request.path(), request.displayName(), request.sheet())) {
                    yield new Run(request, inspected, sink, progress, notices, reader, "", "", extent).execute();
                }
            }
        };
    }

    /**
     * Reads several files of one analysis into the sink (columns.md §7.5, §7.6) in the order the engines need: count
     * files first (inventory records arrive with their counts joined), then sales-detail and purchase-order files
     * (velocity and PO rules need them before the items), then inventory files; files of one type keep the order
     * given. Reports come back in the order given.
     */
    public static List<IngestionReport> ingestAll(List<IngestRequest> requests, RecordSink sink) {
        List<FileType> types = new ArrayList<>(requests.size());
        for (IngestRequest request : requests) {
            types.add(requests.size() == 1 ? FileType.INVENTORY : fileType(request));
        }
        List<Integer> order = new ArrayList<>();
        for (FileType type :
                List.of(FileType.COUNT, FileType.SALES_DETAIL, FileType.PURCHASE_ORDERS, FileType.INVENTORY)) {
            for (int index = 0; index < requests.size(); index++) {
                if (types.get(index) == type) {
                    order.add(index);
                }
            }
        }
        PhysicalCounts counts = new PhysicalCounts();
        Map<Integer, IngestionReport> byIndex = new LinkedHashMap<>();
        RecordSink joining = new ForwardingSink(sink) {
            @Override
            public void record(ItemRecord record) {
                super.record(counts.isEmpty() ? record : counts.join(record));
            }

            @Override
            public Optional<RecordEvaluator> evaluator() {
                // counts are joined in record(): records evaluated elsewhere would miss them
                return counts.isEmpty() ? super.evaluator() : Optional.empty();
            }
        };
        for (int index : order) {
            if (types.get(index) != FileType.COUNT) {
                byIndex.put(index, ingest(requests.get(index), joining));
                continue;
            }
            List<CountLine> lines = new ArrayList<>();
            RecordSink collector = new ForwardingSink(sink) {
                @Override
                public void countLine(CountLine line) {
                    lines.add(line);
                    super.countLine(line);
                }

                @Override
                public void restart() {
                    lines.clear();
                    super.restart();
                }
            };
            byIndex.put(index, ingest(requests.get(index), collector));
            counts.addAll(lines);
        }
        List<IngestionReport> reports = new ArrayList<>(requests.size());
        for (int index = 0; index < requests.size(); index++) {
            reports.add(byIndex.get(index));
        }
        return reports;
    }

    /**
     * What kind of file this is, from its header, sample and first row only. A file that cannot be read at all counts
     * as inventory (its own ingestion then reports the problem).
     */
    public static FileType fileType(IngestRequest request) {
        RecordSink detector = new RecordSink() {
            @Override
            public void beginFile(com.profitsentinel.engine.record.FileFacts facts) {
                throw new TypeDetected(FileType.INVENTORY);
            }

            @Override
            public void record(ItemRecord record) {
                throw new TypeDetected(FileType.INVENTORY);
            }

            @Override
            public void note(DataQualityNote note) {}

            @Override
            public void salesLine(com.profitsentinel.engine.record.SalesLine line) {
                throw new TypeDetected(FileType.SALES_DETAIL);
            }

            @Override
            public void purchaseOrderLine(com.profitsentinel.engine.record.PurchaseOrderLine line) {
                throw new TypeDetected(FileType.PURCHASE_ORDERS);
            }

            @Override
            public void countLine(CountLine line) {
                throw new TypeDetected(FileType.COUNT);
            }

            @Override
            public void restart() {}
        };
        try {
            return ingest(request, detector).fileType();
        } catch (TypeDetected detected) {
            return detected.type;
        } catch (ProfitSentinelException e) {
            return FileType.INVENTORY;
        }
    }

    /** Stops a type-detecting read at the first row; carries no stack trace. */
    private static final class TypeDetected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings("serial")
        private final FileType type;

        TypeDetected(FileType type) {
            super(type.id(), null, false, false);
            this.type = type;
        }
    }

    private static IngestionReport readText(
            IngestRequest request,
            InspectedFile inspected,
            RecordSink sink,
            ProgressListener progress,
            List<Notice> notices,
            Extent extent) {
        boolean orgill = startsWithOrgillHeader(request);
        Optional<Character> delimiter = orgill ? Optional.of(',') : request.delimiter();
        try (CsvTableReader reader =
                CsvTableReader.open(request.path(), request.displayName(), request.encoding(), delimiter)) {
            return readWith(request, inspected, sink, progress, notices, reader, orgill, extent);
        } catch (CharsetFallbackException notUtf8) {
            sink.restart(request.displayName());
            TextEncoding fallback = CsvTableReader.fallbackCharset(request.path());
            List<Notice> retried = new ArrayList<>(notices);
            retried.add(new Notice(
                    DataQualityCode.ENCODING_FALLBACK,
                    "\"" + request.displayName() + "\" is not valid UTF-8; it was read as " + fallback.displayName()
                            + "."));
            try (CsvTableReader reader =
                    CsvTableReader.open(request.path(), request.displayName(), fallback, delimiter)) {
                return readWith(request, inspected, sink, progress, retried, reader, orgill, extent);
            }
        }
    }

    private static IngestionReport readWith(
            IngestRequest request,
            InspectedFile inspected,
            RecordSink sink,
            ProgressListener progress,
            List<Notice> notices,
            CsvTableReader reader,
            boolean orgill,
            Extent extent) {
        Run run = new Run(
                request,
                inspected,
                sink,
                progress,
                notices,
                reader,
                reader.encoding().displayName(),
                Character.toString(reader.delimiter()),
                extent);
        return orgill ? run.orgill() : run.execute();
    }

    private static boolean startsWithOrgillHeader(IngestRequest request) {
        try (InputStream stream = Files.newInputStream(request.path())) {
            byte[] head = stream.readNBytes(64);
            String text = new String(head, StandardCharsets.ISO_8859_1);
            if (text.startsWith("\u00EF\u00BB\u00BF")) {
                text = text.substring(3);
            }
            return text.stripLeading().startsWith(OrgillPurchaseOrder.FIRST_LINE_PREFIX);
        } catch (IOException e) {
            throw unreadable(request, e);
        }
    }

    /** One file being read. */
    private static final class Run {
        private final IngestRequest request;
        private final InspectedFile inspected;
        private final ProgressListener progress;
        private final List<Notice> notices;
        private final TableReader reader;
        private final String encoding;
        private final String delimiter;
        private final CountingSink sink;
        private final Extent extent;

        Run(
                IngestRequest request,
                InspectedFile inspected,
                RecordSink sink,
                ProgressListener progress,
                List<Notice> notices,
                TableReader reader,
                String encoding,
                String delimiter,
                Extent extent) {
            this.request = request;
            this.inspected = inspected;
            this.progress = progress;
            this.notices = new ArrayList<>(notices);
            this.reader = reader;
            this.encoding = encoding;
            this.delimiter = delimiter;
            this.sink = new CountingSink(sink);
            this.extent = extent;
        }

        IngestionReport orgill() {
            DateContext dates = dates();
            OrgillPurchaseOrder order = OrgillPurchaseOrder.read(
                    reader,
                    request.displayName(),
                    request.settings().storeId(),
                    request.settings().nonInventoryKeywords(),
                    dates,
                    line -> {
                        sink.purchaseOrderLine(line);
                        sink.records++;
                    });
            long rows = (long) order.lines().size() + order.skippedLines();
            List<ColumnReport> columns = new ArrayList<>();
            for (int position = 0; position < OrgillPurchaseOrder.LAYOUT.size(); position++) {
                OrgillPurchaseOrder.Position layout = OrgillPurchaseOrder.LAYOUT.get(position);
                columns.add(new ColumnReport(
                        layout.header(), TableHead.columnLetter(position), Optional.of(layout.field()), 1.0, "layout"));
            }
            return new IngestionReport(
                    request.displayName(),
                    inspected.format(),
                    encoding,
                    delimiter,
                    "",
                    List.of(),
                    15,
                    List.of("Shipto: " + order.shipTo() + " ,Order: " + order.poNumber(), "Status: " + order.status()),
                    columns.stream().map(ColumnReport::header).toList(),
                    FileType.PURCHASE_ORDERS,
                    PosProfiles.byId("orgill_po")
                            .map(profile -> new com.profitsentinel.io.mapping.DetectedProfile(
                                    profile, List.of(OrgillPurchaseOrder.FIRST_LINE_PREFIX))),
                    Optional.empty(),
                    columns,
                    List.of(),
                    rows,
                    order.skippedLines(),
                    order.lines().size(),
                    List.of(),
                    Map.of(),
                    List.of(),
                    notices,
                    List.of());
        }

        IngestionReport execute() {
            TableHead head = TableHead.read(reader, request.displayName(), TableHead.SAMPLE_ROWS);
            extent.sample().accept(head.sample());
            notices.addAll(head.notices());
            List<String> headers = head.headers();
            List<List<String>> sampleCells =
                    head.sample().stream().map(SampleRow::cells).toList();
            if (headers.equals(NATIVE_HEADERS)
                    || headers.stream().map(String::strip).toList().equals(NATIVE_HEADERS)) {
                return inventory(head, "sentinel_native", true);
            }
            StoreColumns storeColumns = StoreColumns.detect(headers);
            ColumnMapping mapping = map(headers, sampleCells, storeColumns, choice(request.profile()));
            boolean countProfile = mapping.profile()
                    .map(detected -> detected.profile().id().equals("posim_count"))
                    .orElse(false);
            boolean counted = mapping.mapped(CanonicalField.QTY_COUNTED).isPresent();
            boolean onHand = mapping.mapped(CanonicalField.QTY_ON_HAND).isPresent()
                    || mapping.mapped(CanonicalField.QTY_ON_HAND_SECONDARY).isPresent()
                    || mapping.mapped(CanonicalField.QTY_AVAILABLE).isPresent();
            if (countProfile || (mapping.hasSku() && counted && !onHand && storeColumns.isEmpty())) {
                return count(head, mapping);
            }
            if (storeColumns.isEmpty() && GenericPurchaseOrder.matches(headers)) {
                return purchaseOrders(head);
            }
            if (storeColumns.isEmpty() && SalesDetail.matches(headers)) {
                return sales(head);
            }
            boolean inventoryFields = onHand
                    || !storeColumns.isEmpty()
                    || mapping.mapped(CanonicalField.UNIT_COST).isPresent()
                    || mapping.mapped(CanonicalField.AVG_COST).isPresent()
                    || mapping.mapped(CanonicalField.LAST_COST).isPresent()
                    || mapping.mapped(CanonicalField.RETAIL_PRICE).isPresent()
                    || mapping.mapped(CanonicalField.SUGGESTED_RETAIL).isPresent();
            if (!mapping.hasSku() && inventoryFields) {
                mapping.requireSku(request.displayName());
            }
            if (!inventoryFields || !mapping.hasSku()) {
                throw new ProfitSentinelException(
                        ErrorCode.NOT_AN_INVENTORY_FILE,
                        "The file \"" + request.displayName()
                                + "\" was not recognized as an inventory, sales, purchase-order or count file.");
            }
            return inventory(head, mapping, storeColumns, false);
        }

        private IngestionReport inventory(TableHead head, String profileId, boolean nativeFormat) {
            List<List<String>> sampleCells =
                    head.sample().stream().map(SampleRow::cells).toList();
            ProfileChoice choice = PosProfiles.byId(profileId)
                    .<ProfileChoice>map(ProfileChoice.Forced::new)
                    .orElse(new ProfileChoice.Detect());
            ColumnMapping mapping = map(head.headers(), sampleCells, new StoreColumns(List.of(), Map.of()), choice);
            return inventory(head, mapping, new StoreColumns(List.of(), Map.of()), nativeFormat);
        }

        private IngestionReport inventory(
                TableHead head, ColumnMapping mapping, StoreColumns storeColumns, boolean nativeFormat) {
            notices.addAll(mapping.notices());
            boolean eagle = mapping.profile()
                            .map(detected -> detected.profile().id().equals("epicor_eagle"))
                            .orElse(false)
                    && delimiter.equals("|");
            InventoryNormalizer normalizer = new InventoryNormalizer(
                    request.displayName(),
                    head.headers(),
                    mapping,
                    head.sample(),
                    request.settings(),
                    storeColumns.groups(),
                    eagle,
                    nativeFormat);
            sink.beginFile(normalizer.fileFacts());
            for (Notice notice : notices) {
                sink.uncounted(new DataQualityNote(
                        notice.code(), request.displayName(), 0, "", "", "", "*", notice.message()));
            }
            Optional<ShopifyVariants> shopify = mapping.profile()
                    .filter(detected -> detected.profile().id().equals("shopify_product"))
                    .flatMap(detected -> ShopifyVariants.forHeaders(head.headers()));
            Supplier<InventoryNormalizer> normalizers = () -> new InventoryNormalizer(
                    request.displayName(),
                    head.headers(),
                    mapping,
                    head.sample(),
                    request.settings(),
                    storeColumns.groups(),
                    eagle,
                    nativeFormat);
            long rows = shopify.isEmpty() && parallelReading(head)
                    ? readRowsInParallel(head, normalizer, normalizers)
                    : readRows(head, row -> {
                        RowView view = row;
                        boolean synthesized = false;
                        if (shopify.isPresent()) {
                            Optional<ShopifyVariants.Adapted> adapted =
                                    shopify.get().adapt(row);
                            if (adapted.isEmpty()) {
                                return false;
                            }
                            view = adapted.get().row();
                            synthesized = adapted.get().skuSynthesized();
                        }
                        InventoryNormalizer.Outcome outcome = normalizer.normalize(view, sink);
                        if (outcome == InventoryNormalizer.Outcome.RECORDS) {
                            sink.records += normalizer.recordsPerRow();
                            if (synthesized) {
                                sink.note(new DataQualityNote(
                                        DataQualityCode.SKU_SYNTHESIZED,
                                        request.displayName(),
                                        view.sourceRow(),
                                        "Variant SKU",
                                        view.text(0),
                                        request.settings().storeId(),
                                        view.text(0),
                                        "\"" + request.displayName() + "\" row " + view.sourceRow()
                                                + ": the SKU was built from the handle and option values"));
                            }
                        }
                        return true;
                    });
            List<String> missing = new ArrayList<>();
            mapping.blockingMissing().forEach(field -> missing.add(field.id()));
            mapping.recommendedMissing()
                    .forEach(field -> missing.add(field.field().id()));
            return report(
                    head,
                    FileType.INVENTORY,
                    Optional.of(mapping),
                    columns(head.headers(), mapping),
                    storeColumns.storeIds(),
                    rows,
                    missing);
        }

        private IngestionReport count(TableHead head, ColumnMapping mapping) {
            notices.addAll(mapping.notices());
            int skuColumn = mapping.mapped(CanonicalField.SKU)
                    .map(MappingDecision::position)
                    .orElse(-1);
            int countColumn = mapping.mapped(CanonicalField.QTY_COUNTED)
                    .map(MappingDecision::position)
                    .orElse(-1);
            int binColumn = mapping.mapped(CanonicalField.BIN_LOCATION)
                    .map(MappingDecision::position)
                    .orElse(-1);
            int storeColumn = mapping.mapped(CanonicalField.STORE_ID)
                    .map(MappingDecision::position)
                    .orElse(-1);
            NumberResult number = new NumberResult();
            String fileName = request.displayName();
            long rows = readRows(head, row -> {
                String sku = skuColumn < 0 ? "" : Identifiers.clean(row.text(skuColumn));
                if (sku.isEmpty()) {
                    sink.note(new DataQualityNote(
                            DataQualityCode.REJECTED_NO_SKU,
                            fileName,
                            row.sourceRow(),
                            "",
                            "",
                            "",
                            "#row" + row.sourceRow(),
                            "\"" + fileName + "\" row " + row.sourceRow() + ": no SKU"));
                    return true;
                }
                row.number(countColumn, NumberStyle.STANDARD, number);
                if (number.status() != NumberResult.Status.VALUE) {
                    sink.note(new DataQualityNote(
                            DataQualityCode.UNPARSEABLE_NUMBER,
                            fileName,
                            row.sourceRow(),
                            head.headers().get(countColumn),
                            row.text(countColumn),
                            "",
                            sku,
                            "\"" + fileName
                                    + "\" row " + row.sourceRow() + ", column \""
                                    + head.headers().get(countColumn)
                                    + "\": \"" + row.text(countColumn) + "\" is not a number"));
                    return true;
                }
                String store = storeColumn < 0 || row.isBlank(storeColumn)
                        ? request.settings().storeId()
                        : Identifiers.collapseWhitespace(row.text(storeColumn));
                sink.countLine(new CountLine(
                        store, sku, number.value(), binColumn < 0 ? "" : row.text(binColumn), row.sourceRow()));
                sink.records++;
                return true;
            });
            return report(
                    head,
                    FileType.COUNT,
                    Optional.of(mapping),
                    columns(head.headers(), mapping),
                    List.of(),
                    rows,
                    List.of());
        }

        private IngestionReport sales(TableHead head) {
            SalesDetail detail = SalesDetail.plan(
                    request.displayName(),
                    head.headers(),
                    head.sample(),
                    request.settings().storeId(),
                    dates());
            long rows = readRows(head, row -> {
                if (detail.read(row, head.headers(), sink)) {
                    sink.records++;
                }
                return true;
            });
            List<ColumnReport> columns = new ArrayList<>();
            Map<Integer, SalesField> byColumn = new LinkedHashMap<>();
            detail.columns().forEach((field, column) -> byColumn.put(column, field));
            for (int column = 0; column < head.headers().size(); column++) {
                SalesField field = byColumn.get(column);
                columns.add(new ColumnReport(
                        head.headers().get(column),
                        TableHead.columnLetter(column),
                        Optional.ofNullable(field).map(SalesField::id),
                        field == null ? 0 : 1.0,
                        field == null ? "none" : "exact"));
            }
            return report(head, FileType.SALES_DETAIL, Optional.empty(), columns, List.of(), rows, List.of());
        }

        /**
         * A generic purchase-order file (columns.md §7.2, last paragraph): one PO line per row to the sink, mapped by
         * the PO aliases. Lists {@code po_date} and {@code po_unit_cost} as missing when the file has no PO date or no
         * cost column at all, since the PO rules need them.
         *
         * @throws ProfitSentinelException {@code NO_SKU_COLUMN} when no column maps to the SKU
         */
        private IngestionReport purchaseOrders(TableHead head) {
            GenericPurchaseOrder order = GenericPurchaseOrder.plan(
                    request.displayName(),
                    head.headers(),
                    head.sample(),
                    request.settings(),
                    delimiter.isEmpty() ? ',' : delimiter.charAt(0));
            Map<PurchaseOrderField, Integer> mapped = order.columns();
            if (!mapped.containsKey(PurchaseOrderField.SKU)) {
                throw ColumnMapping.noSkuColumn(request.displayName());
            }
            long rows = readRows(head, row -> {
                if (order.read(row, sink)) {
                    sink.records++;
                }
                return true;
            });
            List<ColumnReport> columns = new ArrayList<>();
            Map<Integer, PurchaseOrderField> byColumn = new LinkedHashMap<>();
            mapped.forEach((field, column) -> byColumn.put(column, field));
            for (int column = 0; column < head.headers().size(); column++) {
                PurchaseOrderField field = byColumn.get(column);
                columns.add(new ColumnReport(
                        head.headers().get(column),
                        TableHead.columnLetter(column),
                        Optional.ofNullable(field).map(PurchaseOrderField::id),
                        field == null ? 0 : 1.0,
                        field == null ? "none" : "exact"));
            }
            List<String> missing = new ArrayList<>();
            if (!mapped.containsKey(PurchaseOrderField.PO_DATE)) {
                missing.add(PurchaseOrderField.PO_DATE.id());
            }
            if (!mapped.containsKey(PurchaseOrderField.PO_UNIT_COST)
                    && !mapped.containsKey(PurchaseOrderField.PO_EXT_COST)) {
                missing.add(PurchaseOrderField.PO_UNIT_COST.id());
            }
            return report(head, FileType.PURCHASE_ORDERS, Optional.empty(), columns, List.of(), rows, missing);
        }

        /**
         * Whether the rest of this file is read on several threads: a byte-oriented text file (not UTF-16) with at least
         * {@link #PARALLEL_MIN_BYTES} after the sample, on a machine with two or more processors (system property
         * {@code sentinel.threads} overrides the count; 1 turns parallel reading off).
         */
        private boolean parallelReading(TableHead head) {
            if (extent.headOnly()
                    || head.complete()
                    || !(reader instanceof CsvTableReader csv)
                    || csv.offset() < 0
                    || threads(request.limits()) < 2) {
                return false;
            }
            try {
                return Files.size(request.path()) - csv.offset() >= parallelMinimumBytes();
            } catch (IOException e) {
                return false;
            }
        }

        /**
         * Reads the sample in order, then the rest of the file in chunks on several threads: each chunk is normalized
         * (and evaluated, when the sink offers an evaluator) by a worker, and the results are replayed into the sink in
         * file order, so the sink sees exactly the sequence a single-threaded read gives. At most a few chunks wait in
         * memory at a time. A chunk whose cut fell inside a quoted field (its last record ends in open quotes) makes the
         * rest of the file be read in one piece from that record.
         */
        private long readRowsInParallel(
                TableHead head, InventoryNormalizer normalizer, Supplier<InventoryNormalizer> normalizers) {
            CsvTableReader csv = (CsvTableReader) reader;
            RowHandler sequential = row -> {
                if (normalizer.normalize(row, sink) == InventoryNormalizer.Outcome.RECORDS) {
                    sink.records += normalizer.recordsPerRow();
                }
                return true;
            };
            long rows = 0;
            for (SampleRow sample : head.sample()) {
                rows = one(sample.asRowView(), sequential, rows);
            }
            long size;
            try {
                size = Files.size(request.path());
            } catch (IOException e) {
                throw unreadable(request, e);
            }
            long start = csv.offset();
            int threads = threads(request.limits());
            long chunkBytes = Math.max(CHUNK_MIN_BYTES, Math.min(CHUNK_MAX_BYTES, (size - start) / (threads * 16L)));
            List<CsvChunks.Chunk> chunks =
                    CsvChunks.plan(request.path(), request.displayName(), start, size, chunkBytes);
            long firstLine = csv.nextLine();
            int window = threads + 1;
            ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
                ReadingThread thread = new ReadingThread(runnable, normalizers, sink);
                thread.setDaemon(true);
                return thread;
            });
            List<CompletableFuture<Long>> lineBreaks = new ArrayList<>();
            ArrayDeque<Future<ChunkResult>> pending = new ArrayDeque<>();
            try (FileChannel channel = FileChannel.open(request.path(), StandardOpenOption.READ)) {
                int submitted = 0;
                for (int index = 0; index < chunks.size(); index++) {
                    while (submitted < chunks.size() && submitted < index + window) {
                        lineBreaks.add(new CompletableFuture<>());
                        int chunk = submitted;
                        pending.add(pool.submit(() -> readChunk(channel, chunks, chunk, firstLine, lineBreaks, size)));
                        submitted++;
                    }
                    ChunkResult result = await(pending.remove());
                    if (rows + result.rows() > request.limits().maxRows()) {
                        tooManyRows();
                    }
                    for (Object event : result.events()) {
                        switch (event) {
                            case DataQualityNote note -> sink.note(note);
                            case EvaluatedRecord evaluated -> sink.evaluated(evaluated);
                            case ItemRecord record -> sink.record(record);
                            default -> throw new IllegalStateException("unexpected event " + event);
                        }
                    }
                    sink.records += result.records();
                    rows += result.rows();
                    progress.progress(rows, (double) chunks.get(index).to() / size);
                    checkBudget(rows, false);
                    if (result.resumeOffset() >= 0) {
                        pool.shutdownNow();
                        rows = readRest(result.resumeOffset(), result.resumeLine(), size, sequential, rows, csv);
                        break;
                    }
                }
            } catch (IOException e) {
                throw unreadable(request, e);
            } finally {
                pool.shutdownNow();
            }
            progress.progress(rows, 1.0);
            if (rows == 0) {
                throw new ProfitSentinelException(
                        ErrorCode.EMPTY_FILE,
                        "The file \"" + request.displayName() + "\" is empty or has no data rows.");
            }
            checkBudget(rows, true);
            return rows;
        }

        /**
         * One chunk on a worker: its bytes read once, its line breaks counted (its first line is the count of the
         * chunks before it), then its rows normalized and evaluated, events in order.
         */
        private ChunkResult readChunk(
                FileChannel channel,
                List<CsvChunks.Chunk> chunks,
                int chunk,
                long firstLine,
                List<CompletableFuture<Long>> lineBreaks,
                long size) {
            CsvChunks.Chunk range = chunks.get(chunk);
            ReadingThread worker = (ReadingThread) Thread.currentThread();
            int length = Math.toIntExact(range.to() - range.from());
            byte[] bytes = worker.buffer(length);
            int next;
            try {
                ByteBuffer target = ByteBuffer.wrap(bytes, 0, length);
                long position = range.from();
                while (target.hasRemaining()) {
                    int read = channel.read(target, position);
                    if (read < 0) {
                        throw new IOException("the file ended early");
                    }
                    position += read;
                }
                ByteBuffer one = ByteBuffer.allocate(1);
                next = range.to() < size && channel.read(one, range.to()) == 1 ? one.get(0) : -1;
            } catch (IOException e) {
                throw unreadable(request, e);
            }
            lineBreaks.get(chunk).complete(CsvChunks.lineBreaks(bytes, length, next));
            long line = firstLine;
            for (int earlier = 0; earlier < chunk; earlier++) {
                line += lineBreaks.get(earlier).join();
            }
            InventoryNormalizer normalizer = worker.normalizer();
            ChunkSink chunkSink = new ChunkSink(worker.evaluator());
            long rows = 0;
            long records = 0;
            boolean last = range.to() >= size;
            CsvTableReader csv = (CsvTableReader) reader;
            try (CsvTableReader part = CsvTableReader.openBytes(
                    request.displayName(),
                    csv.encoding(),
                    csv.delimiter(),
                    bytes,
                    length,
                    range.from(),
                    line,
                    worker.texts())) {
                long rowStart = range.from();
                while (part.next()) {
                    RowView row = part.row();
                    if (!last && row.unterminatedQuote()) {
                        return new ChunkResult(chunkSink.events, rows, records, rowStart, row.sourceRow());
                    }
                    rows++;
                    if (normalizer.normalize(row, chunkSink) == InventoryNormalizer.Outcome.RECORDS) {
                        records += normalizer.recordsPerRow();
                    }
                    rowStart = part.offset();
                }
            }
            return new ChunkResult(chunkSink.events, rows, records, -1, 0);
        }

        /** After a cut inside a quoted field: the rest of the file in one piece from the record that spans it. */
        private long readRest(
                long offset, long line, long size, RowHandler handler, long rowsSoFar, CsvTableReader csv) {
            long rows = rowsSoFar;
            try (CsvTableReader rest = CsvTableReader.openRange(
                    request.path(),
                    request.displayName(),
                    csv.encoding(),
                    csv.delimiter(),
                    offset,
                    size,
                    line,
                    new byte[1 << 20])) {
                while (rest.next()) {
                    rows = one(rest.row(), handler, rows);
                }
            }
            return rows;
        }

        private void tooManyRows() {
            throw new ProfitSentinelException(
                    ErrorCode.TOO_MANY_ROWS,
                    "The file \"" + request.displayName() + "\" has more than "
                            + request.limits().maxRows()
                            + " data rows. Split it by store or department, or use a plan with a higher limit.",
                    Map.of(
                            "file",
                            request.displayName(),
                            "limit",
                            request.limits().maxRows()));
        }

        /** The function applied to each data row; false when the row was skipped without counting as data. */
        private interface RowHandler {
            boolean handle(RowView row);
        }

        /** Feeds the sample rows and then the rest of the table to the handler, enforcing limits and the budget. */
        private long readRows(TableHead head, RowHandler handler) {
            long rows = 0;
            for (SampleRow sample : head.sample()) {
                rows = one(sample.asRowView(), handler, rows);
            }
            if (extent.headOnly()) {
                // a preview stops here; a text file still fails over to its fallback encoding as a full read would
                if (!head.complete() && reader instanceof CsvTableReader csv) {
                    CsvTableReader.requireUtf8(request.path(), request.displayName(), csv.encoding());
                }
            } else if (!head.complete()) {
                while (reader.next()) {
                    rows = one(reader.row(), handler, rows);
                }
            }
            progress.progress(rows, 1.0);
            if (rows == 0) {
                throw new ProfitSentinelException(
                        ErrorCode.EMPTY_FILE,
                        "The file \"" + request.displayName() + "\" is empty or has no data rows.");
            }
            checkBudget(rows, true);
            return rows;
        }

        private long one(RowView row, RowHandler handler, long rows) {
            long next = rows + 1;
            if (next > request.limits().maxRows()) {
                tooManyRows();
            }
            if (!handler.handle(row)) {
                return rows;
            }
            if ((next & (PROGRESS_EVERY - 1)) == 0) {
                progress.progress(next, -1);
                checkBudget(next, false);
            }
            return next;
        }

        /** engine.md §3.3: fail when R / N > share or R > the row limit. */
        private void checkBudget(long rows, boolean atEnd) {
            long rejected = sink.rejected;
            IngestLimits limits = request.limits();
            boolean overShare = atEnd && rejected > 0 && rejected > limits.maxRejectedShare() * rows;
            if (!overShare && rejected <= limits.maxRejectedRows()) {
                return;
            }
            String percent = new BigDecimal(rejected * 100.0 / rows)
                    .setScale(1, RoundingMode.HALF_EVEN)
                    .toPlainString();
            String limit = new BigDecimal(Double.toString(limits.maxRejectedShare() * 100))
                    .stripTrailingZeros()
                    .toPlainString();
            List<String> first = new ArrayList<>();
            for (DataQualityNote note : sink.rejections) {
                if (first.size() == 10) {
                    break;
                }
                first.add("row " + note.sourceRow() + ": " + reason(note));
            }
            Map<String, Object> byCode = new LinkedHashMap<>();
            sink.counts.forEach((code, count) -> {
                if (code.rejectsRow()) {
                    byCode.put(code.name(), count);
                }
            });
            throw new ProfitSentinelException(
                    ErrorCode.ERROR_BUDGET_EXCEEDED,
                    rejected + " of " + rows + " data rows (" + percent + "%) could not be read; the limit is " + limit
                            + "%. First problems: " + String.join("; ", first) + (rejected > first.size() ? "; …" : ""),
                    Map.of(
                            "file", request.displayName(),
                            "rejections",
                                    Map.of(
                                            "rows_read", rows,
                                            "rows_rejected", rejected,
                                            "by_code", byCode,
                                            "first_rows",
                                                    sink.rejections.stream()
                                                            .limit(10)
                                                            .map(note -> note.sourceRow())
                                                            .toList())));
        }

        private IngestionReport report(
                TableHead head,
                FileType type,
                Optional<ColumnMapping> mapping,
                List<ColumnReport> columns,
                List<String> stores,
                long rows,
                List<String> missing) {
            return new IngestionReport(
                    request.displayName(),
                    inspected.format(),
                    encoding,
                    delimiter,
                    reader.sheetName(),
                    reader.sheetNames(),
                    head.headerRow(),
                    head.preamble(),
                    head.headers(),
                    type,
                    mapping.flatMap(ColumnMapping::profile),
                    mapping,
                    columns,
                    stores,
                    rows,
                    sink.rejected,
                    sink.records,
                    sink.rejections,
                    sink.counts,
                    sink.examples,
                    notices,
                    missing);
        }

        private ColumnMapping map(
                List<String> headers, List<List<String>> sample, StoreColumns storeColumns, ProfileChoice choice) {
            Map<Integer, MappingDecision> presets = new LinkedHashMap<>();
            storeColumns
                    .columns()
                    .forEach((column, field) -> presets.put(
                            column,
                            field.<MappingDecision>map(value -> new MappingDecision.Mapped(
                                            headers.get(column), column, value, 1.0, MappingSource.PROFILE))
                                    .orElseGet(() -> new MappingDecision.Extended(
                                            headers.get(column), column, MappingSource.PROFILE))));
            MappingRequest mappingRequest = new MappingRequest(
                    headers,
                    sample,
                    dates(),
                    choice,
                    request.overrides(),
                    request.saved(),
                    request.settings().assumedUnitsSoldDays(),
                    presets);
            return ColumnMapper.map(mappingRequest);
        }

        private ProfileChoice choice(String profile) {
            if (profile.isEmpty()) {
                return new ProfileChoice.Detect();
            }
            if (profile.equals("generic")) {
                return new ProfileChoice.Generic();
            }
            return new ProfileChoice.Forced(PosProfiles.byId(profile)
                    .orElseThrow(() -> new ProfitSentinelException(
                            ErrorCode.UNKNOWN_POS_PROFILE,
                            "Unknown POS profile \"" + profile + "\". Known profiles: generic, "
                                    + String.join(
                                            ", ",
                                            PosProfiles.all().stream()
                                                    .map(known -> known.id())
                                                    .toList())
                                    + ".")));
        }

        private DateContext dates() {
            return new DateContext(
                    request.settings().asOf(),
                    request.settings().timeZone(),
                    request.settings().dayFirst());
        }
    }

    /** The report of each column of a mapped file. */
    static List<ColumnReport> columns(List<String> headers, ColumnMapping mapping) {
        List<ColumnReport> columns = new ArrayList<>(headers.size());
        for (MappingDecision decision : mapping.columns()) {
            Optional<String> field =
                    switch (decision) {
                        case MappingDecision.Mapped mapped ->
                            Optional.of(mapped.field().id());
                        case MappingDecision.Extended ignored -> Optional.of("extended");
                        case MappingDecision.Unmapped ignored -> Optional.empty();
                    };
            columns.add(new ColumnReport(
                    decision.header(),
                    TableHead.columnLetter(decision.position()),
                    field,
                    decision.confidence(),
                    decision.source().id()));
        }
        return columns;
    }

    /** The reason part of a note's message: what follows {@code "file" row N:}. */
    static String reason(DataQualityNote note) {
        String message = note.message();
        String prefix = "\"" + note.sourceFile() + "\" row " + note.sourceRow();
        if (message.startsWith(prefix)) {
            String rest = message.substring(prefix.length());
            return rest.startsWith(": ") ? rest.substring(2) : rest.startsWith(", ") ? rest.substring(2) : rest.strip();
        }
        return message;
    }

    /** Chunk lengths for parallel reading: small, so that few records wait between a worker and the sink. */
    private static final long CHUNK_MIN_BYTES = 128L << 10;

    private static final int CHUNK_MAX_BYTES_INT = 2 << 20;

    private static final long CHUNK_MAX_BYTES = CHUNK_MAX_BYTES_INT;

    /** The message of a file that cannot be read; the exception's text is left out (it may hold a path). */
    private static ProfitSentinelException unreadable(IngestRequest request, IOException cause) {
        return new ProfitSentinelException(
                ErrorCode.FILE_NOT_READABLE, "The file \"" + request.displayName() + "\" could not be read.", cause);
    }

    /** Files with less than this after the sample are read on one thread. */
    static final long PARALLEL_MIN_BYTES = 1L << 20;

    /** Reading threads for a file: {@link #threads()}, capped by the file's limits. */
    static int threads(IngestLimits limits) {
        return limits.maxThreads() == 0 ? threads() : Math.min(limits.maxThreads(), threads());
    }

    /** Reading threads: the processors, or the system property {@code sentinel.threads}. */
    static int threads() {
        String forced = System.getProperty("sentinel.threads", "");
        if (!forced.isBlank()) {
            return Math.max(1, Integer.parseInt(forced.strip()));
        }
        return Math.min(Runtime.getRuntime().availableProcessors(), 8);
    }

    /** {@link #PARALLEL_MIN_BYTES}, or the system property {@code sentinel.parallelMinBytes} (for tests). */
    static long parallelMinimumBytes() {
        String forced = System.getProperty("sentinel.parallelMinBytes", "");
        return forced.isBlank() ? PARALLEL_MIN_BYTES : Long.parseLong(forced.strip());
    }

    /** The result of a worker, its exception rethrown as it was. */
    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "interrupted while reading", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new ProfitSentinelException(ErrorCode.INTERNAL_ERROR, "reading failed: " + e.getMessage(), e);
        }
    }

    /**
     * What a worker made of one chunk: the notes and records (or evaluated records) in row order, the data rows read,
     * the records made, and where to read on in one piece when the chunk's cut fell inside a quoted field (-1: it did
     * not).
     */
    private record ChunkResult(List<Object> events, long rows, long records, long resumeOffset, long resumeLine) {}

    /**
     * A reading thread with its own normalizer and evaluator (both hold per-thread scratch state), made on first use.
     */
    private static final class ReadingThread extends Thread {
        private final Supplier<InventoryNormalizer> normalizers;
        private final RecordSink sink;
        private @Nullable InventoryNormalizer normalizer;
        private @Nullable RecordEvaluator evaluator;
        private boolean evaluatorAsked;
        private byte[] buffer = new byte[CHUNK_MAX_BYTES_INT + (1 << 16)];
        private final SharedTexts texts = new SharedTexts();

        ReadingThread(Runnable task, Supplier<InventoryNormalizer> normalizers, RecordSink sink) {
            super(task, "sentinel-read");
            this.normalizers = normalizers;
            this.sink = sink;
        }

        InventoryNormalizer normalizer() {
            InventoryNormalizer current = normalizer;
            if (current == null) {
                current = normalizers.get();
                normalizer = current;
            }
            return current;
        }

        /** A buffer of at least {@code length} bytes, reused by every chunk of this thread. */
        byte[] buffer(int length) {
            if (buffer.length < length) {
                buffer = new byte[length];
            }
            return buffer;
        }

        /** The text cache of this thread's chunks (vendors, categories, statuses decoded once). */
        SharedTexts texts() {
            return texts;
        }

        Optional<RecordEvaluator> evaluator() {
            if (!evaluatorAsked) {
                evaluatorAsked = true;
                evaluator = sink.evaluator().orElse(null);
            }
            return Optional.ofNullable(evaluator);
        }
    }

    /** A worker's sink: collects the chunk's events in order; evaluates records when the real sink can. */
    private static final class ChunkSink implements RecordSink {
        private final List<Object> events = new ArrayList<>(4096);
        private final Optional<RecordEvaluator> evaluator;

        ChunkSink(Optional<RecordEvaluator> evaluator) {
            this.evaluator = evaluator;
        }

        @Override
        public void record(ItemRecord record) {
            events.add(evaluator.isPresent() ? evaluator.get().evaluate(record) : record);
        }

        @Override
        public void note(DataQualityNote note) {
            evaluator.ifPresent(value -> value.note(note));
            events.add(note);
        }

        @Override
        public void restart() {
            throw new IllegalStateException("a chunk is never restarted");
        }
    }

    /** Passes everything on to another sink. */
    private static class ForwardingSink implements RecordSink {
        private final RecordSink target;
        /** The file a {@link #restart(String)} in progress names, so subclasses' {@code restart()} pass it on. */
        private String restarting = "";

        ForwardingSink(RecordSink target) {
            this.target = target;
        }

        @Override
        public void beginFile(FileFacts facts) {
            target.beginFile(facts);
        }

        @Override
        public Optional<RecordEvaluator> evaluator() {
            return target.evaluator();
        }

        @Override
        public void evaluated(EvaluatedRecord evaluated) {
            target.evaluated(evaluated);
        }

        @Override
        public void record(ItemRecord record) {
            target.record(record);
        }

        /** Passes a note on without counting it (file notices, which the report lists already). */
        void uncounted(DataQualityNote note) {
            target.note(note);
        }

        @Override
        public void note(DataQualityNote note) {
            target.note(note);
        }

        @Override
        public void salesLine(com.profitsentinel.engine.record.SalesLine line) {
            target.salesLine(line);
        }

        @Override
        public void purchaseOrderLine(com.profitsentinel.engine.record.PurchaseOrderLine line) {
            target.purchaseOrderLine(line);
        }

        @Override
        public void countLine(CountLine line) {
            target.countLine(line);
        }

        @Override
        public void restart() {
            if (restarting.isEmpty()) {
                target.restart();
            } else {
                target.restart(restarting);
            }
        }

        @Override
        public void restart(String sourceFile) {
            restarting = sourceFile;
            try {
                restart();
            } finally {
                restarting = "";
            }
        }
    }

    /** Counts what passes through: records, rejections, notes by code with their first examples. */
    private static final class CountingSink extends ForwardingSink {
        private long records;
        private long rejected;
        private final List<DataQualityNote> rejections = new ArrayList<>();
        private final Map<DataQualityCode, Long> counts = new EnumMap<>(DataQualityCode.class);
        private final List<DataQualityNote> examples = new ArrayList<>();

        CountingSink(RecordSink target) {
            super(target);
        }

        @Override
        public void note(DataQualityNote note) {
            long count = counts.merge(note.code(), 1L, Long::sum);
            if (count <= EXAMPLES_PER_CODE) {
                examples.add(note);
            }
            if (note.code().rejectsRow()) {
                rejected++;
                if (rejections.size() < MAX_REJECTIONS_LISTED) {
                    rejections.add(note);
                }
            }
            super.note(note);
        }
    }
}
