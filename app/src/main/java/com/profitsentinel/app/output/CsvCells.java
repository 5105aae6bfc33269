package com.profitsentinel.app.output;

/** CSV cells safe to open in a spreadsheet: used by every CSV the product writes (CLI and server). */
public final class CsvCells {
    private CsvCells() {}

    /**
     * One RFC 4180 text cell: quoted when it holds a comma, quote or line break; a leading {@code = + - @}, tab or
     * carriage return gets a {@code '} in front so that Excel and LibreOffice show the text instead of running it (OWASP
     * CSV injection).
     */
    public static String text(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        boolean quote =
                safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
