package org.dyad.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.dyad.core.DocumentCoder;
import org.dyad.core.model.Actor;
import org.dyad.core.model.Document;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;

/**
 * The three tables a run writes, as Spark rows.
 *
 * <p>The events table has the fields of the JSONL output contract of {@code dyad code --format jsonl}
 * (DESIGN.md), with the same names and nesting: doc, sentence, text, span [begin, end], source {code, text},
 * target, cameo, goldstein, quad_class, plover {type, mode}, date, date_basis, date_precision, modality,
 * location {name, country, lat, lon, geonameid, admin1, admin1_code, feature, basis}; only {@code date} is a Parquet
 * date rather than an ISO string, and the location always has every field (null where a place of the built-in
 * gazetteer has none) plus {@code admin1_code}, which the store keeps for GDELT's ActionGeo_ADM1Code. Two more
 * columns, year and month of the event date, are the partition directories ({@code year=2025/month=3}).
 */
public final class Tables {
    private Tables() {}

    private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static final StructType ACTOR = DataTypes.createStructType(List.of(
            field("code", DataTypes.StringType), field("text", DataTypes.StringType)));

    public static final StructType EVENTS = DataTypes.createStructType(List.of(
            field("doc", DataTypes.StringType),
            field("sentence", DataTypes.IntegerType),
            field("text", DataTypes.StringType),
            field("span", DataTypes.createArrayType(DataTypes.IntegerType, false)),
            field("source", ACTOR),
            field("target", ACTOR),
            field("cameo", DataTypes.StringType),
            field("goldstein", DataTypes.DoubleType),
            field("quad_class", DataTypes.IntegerType),
            field("plover", DataTypes.createStructType(List.of(
                    field("type", DataTypes.StringType), field("mode", DataTypes.StringType)))),
            field("date", DataTypes.DateType),
            field("date_basis", DataTypes.StringType),
            field("date_precision", DataTypes.StringType),
            field("modality", DataTypes.StringType),
            field("location", DataTypes.createStructType(List.of(
                    field("name", DataTypes.StringType), field("country", DataTypes.StringType),
                    field("lat", DataTypes.DoubleType), field("lon", DataTypes.DoubleType),
                    field("geonameid", DataTypes.IntegerType), field("admin1", DataTypes.StringType),
                    field("admin1_code", DataTypes.StringType), field("feature", DataTypes.StringType),
                    field("basis", DataTypes.StringType)))),
            field("year", DataTypes.IntegerType),
            field("month", DataTypes.IntegerType)));

    /** One row per document coded, with what `dyad code` reports on stderr for it. */
    public static final StructType DOCUMENTS = DataTypes.createStructType(List.of(
            field("id", DataTypes.StringType),
            field("date", DataTypes.DateType),
            field("title", DataTypes.StringType),
            field("url", DataTypes.StringType),
            field("source", DataTypes.StringType),
            field("origin", DataTypes.StringType),
            field("sentences", DataTypes.IntegerType),
            field("parsed_sentences", DataTypes.IntegerType),
            field("events", DataTypes.IntegerType),
            field("warnings", DataTypes.createArrayType(DataTypes.StringType, false)),
            // The text itself, so that `dyad ingest --parquet` can store, hash and cluster the documents.
            field("text", DataTypes.StringType)));

    /**
     * One row per document (or input) that gave no events because it could not be read or coded: listed, never
     * lost. stage is "read" (bad JSON, missing field, too long, unreadable file) or "code" (the pipeline threw).
     */
    public static final StructType FAILED = DataTypes.createStructType(List.of(
            field("origin", DataTypes.StringType),
            field("id", DataTypes.StringType),
            field("stage", DataTypes.StringType),
            field("error", DataTypes.StringType)));

    static Row event(Event e) {
        return RowFactory.create(
                e.doc(), e.sentence(), e.text(), new int[] {e.spanBegin(), e.spanEnd()},
                actor(e.source()), actor(e.target()),
                e.cameo() == null ? null : e.cameo().code(),
                e.cameo() == null ? null : e.cameo().goldstein(),
                e.cameo() == null ? null : e.cameo().quadClass(),
                e.plover() == null ? null : RowFactory.create(e.plover().type(), e.plover().mode()),
                e.date(),
                e.dateBasis() == null ? null : e.dateBasis().label(),
                e.datePrecision(),
                e.modality() == null ? null : e.modality().label(),
                location(e.location()),
                e.date() == null ? null : e.date().getYear(),
                e.date() == null ? null : e.date().getMonthValue());
    }

    static Row document(DocumentCoder.Result r, List<String> warnings) {
        Document d = r.document();
        return RowFactory.create(d.id(), d.date(), d.title(), d.url(), d.source(), d.origin(),
                r.sentences(), r.parsedSentences(), r.events().size(), warnings.toArray(String[]::new), d.text());
    }

    static Row failed(String origin, String id, String stage, String error) {
        return RowFactory.create(origin, id, stage, error);
    }

    private static Row actor(Actor a) {
        return a == null ? null : RowFactory.create(a.code(), a.text());
    }

    private static Row location(Location l) {
        return l == null ? null : RowFactory.create(l.name(), l.country(), l.lat(), l.lon(),
                l.geonameid(), l.admin1(), l.admin1Code(), l.feature(), l.basis());
    }
}
