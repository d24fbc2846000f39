package com.stakeline.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as RFC 4180 CSV: a header line, then a line per row, each ended by CRLF; a field holding a comma, a quote
 * or a line break is quoted, its quotes doubled. UTF-8 with a byte-order mark, so spreadsheet programs read the
 * accents and signs right.
 *
 * @param header the column names
 * @param rows the rows, each as long as the header
 */
public record Csv(List<String> header, List<List<String>> rows) {

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Copies the lists and checks every row has a field per column. */
    public Csv {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("row " + (i + 1) + " has " + rows.get(i).size() + " fields for "
                        + header.size() + " columns");
            }
        }
    }

    /** The text, without the byte-order mark. */
    public String text() {
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        return text.toString();
    }

    /** The file's bytes: the byte-order mark, then the text in UTF-8. */
    public byte[] bytes() {
        byte[] text = text().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[BYTE_ORDER_MARK.length + text.length];
        System.arraycopy(BYTE_ORDER_MARK, 0, bytes, 0, BYTE_ORDER_MARK.length);
        System.arraycopy(text, 0, bytes, BYTE_ORDER_MARK.length, text.length);
        return bytes;
    }

    private static void line(StringBuilder text, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            String field = fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                    || field.indexOf('\r') >= 0) {
                text.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                text.append(field);
            }
        }
        text.append("\r\n");
    }
}
