package org.dyad.io.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.BufferedWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dyad.core.model.Actor;
import org.dyad.core.model.Event;
import org.dyad.core.model.Location;

/**
 * The output contract of {@code dyad code --format jsonl} (DESIGN.md, "Output contract"): one JSON object per event
 * per line, fields in this order: doc, sentence, text, span, source, target, cameo, goldstein, quad_class, plover,
 * date, date_basis, date_precision (added: "day", "month" or "year"), modality, location. Nothing else is written.
 */
public final class JsonlEventWriter implements EventWriter {

    private static final JsonFactory JSON = new com.fasterxml.jackson.core.JsonFactoryBuilder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM)
            // Jackson puts a space between root values; each line must start with '{' for line tools (grep '^{').
            .rootValueSeparator((String) null)
            .build();

    private final Writer out;
    private final JsonGenerator json;

    public JsonlEventWriter(Writer out) {
        this.out = out;
        try {
            this.json = JSON.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 to a byte stream such as {@code System.out}. */
    public JsonlEventWriter(OutputStream out) {
        this(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    @Override
    public void write(Event e) throws IOException {
        json.writeStartObject();
        json.writeStringField("doc", e.doc());
        json.writeNumberField("sentence", e.sentence());
        json.writeStringField("text", e.text());
        json.writeArrayFieldStart("span");
        json.writeNumber(e.spanBegin());
        json.writeNumber(e.spanEnd());
        json.writeEndArray();
        actor("source", e.source());
        actor("target", e.target());
        if (e.cameo() == null) {
            json.writeNullField("cameo");
            json.writeNullField("goldstein");
            json.writeNullField("quad_class");
        } else {
            json.writeStringField("cameo", e.cameo().code());
            json.writeNumberField("goldstein", e.cameo().goldstein());
            json.writeNumberField("quad_class", e.cameo().quadClass());
        }
        if (e.plover() == null) {
            json.writeNullField("plover");
        } else {
            json.writeObjectFieldStart("plover");
            json.writeStringField("type", e.plover().type());
            json.writeStringField("mode", e.plover().mode());
            json.writeEndObject();
        }
        json.writeStringField("date", e.date() == null ? null : e.date().toString());
        json.writeStringField("date_basis", e.dateBasis() == null ? null : e.dateBasis().label());
        json.writeStringField("date_precision", e.datePrecision());  // added beyond the contract table: day, month, year
        json.writeStringField("modality", e.modality() == null ? null : e.modality().label());
        location(e.location());
        json.writeEndObject();
        json.flush();  // into `out` only (FLUSH_PASSED_TO_STREAM is off), so the newline lands after the object
        out.write('\n');
    }

    private void actor(String field, Actor actor) throws IOException {
        if (actor == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("code", actor.code());
        json.writeStringField("text", actor.text());
        json.writeEndObject();
    }

    private void location(Location location) throws IOException {
        if (location == null) {
            json.writeNullField("location");
            return;
        }
        json.writeObjectFieldStart("location");
        json.writeStringField("name", location.name());
        json.writeStringField("country", location.country());
        if (location.lat() == null) json.writeNullField("lat"); else json.writeNumberField("lat", location.lat());
        if (location.lon() == null) json.writeNullField("lon"); else json.writeNumberField("lon", location.lon());
        // GeoNames fields only when the GeoNames gazetteer resolved the place (docs/GEO.md).
        if (location.basis() != null) {
            if (location.geonameid() == null) json.writeNullField("geonameid");
            else json.writeNumberField("geonameid", location.geonameid());
            json.writeStringField("admin1", location.admin1());
            json.writeStringField("feature", location.feature());
            json.writeStringField("basis", location.basis());
        }
        json.writeEndObject();
    }

    @Override
    public void flush() throws IOException {
        json.flush();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            json.close();
        } finally {
            out.close();
        }
    }
}
