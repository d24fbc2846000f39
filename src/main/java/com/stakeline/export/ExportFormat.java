package com.stakeline.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The file formats Stakeline exports to: charts as PNG, SVG or PDF, tables as CSV. */
public enum ExportFormat {
    PNG("PNG image"), SVG("SVG drawing"), PDF("PDF document"), CSV("CSV table");

    /** The formats a chart exports to. */
    public static final List<ExportFormat> PICTURES = List.of(PNG, SVG, PDF);

    private final String description;

    ExportFormat(String description) {
        this.description = description;
    }

    /** The file name ending, without the dot: "png". */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a file of this format holds, for a file dialog: "PNG image". */
    public String description() {
        return description;
    }

    /** The format named {@code name} ("svg", "SVG"), if any. */
    public static Optional<ExportFormat> named(String name) {
        for (ExportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(name)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code picture} as a file of this format.
     *
     * @param scale PNG only: image pixels per chart pixel, 1 to {@link PngExport#MAX_SCALE}
     * @param transparent PNG only: whether the background is left clear
     * @param exportDate the date a PDF's metadata carries
     * @throws IllegalStateException for CSV, which holds tables, not pictures
     */
    public byte[] bytes(Picture picture, double scale, boolean transparent, LocalDate exportDate) {
        return switch (this) {
            case PNG -> PngExport.png(picture.width(), picture.height(), scale, transparent, picture.drawing());
            case SVG -> {
                SvgPainter painter = new SvgPainter(picture.width(), picture.height());
                picture.drawing().accept(painter);
                yield painter.toSvg().getBytes(StandardCharsets.UTF_8);
            }
            case PDF -> PdfExport.pdf(List.of(picture.page()), exportDate);
            case CSV -> throw new IllegalStateException("a picture is never written as CSV");
        };
    }
}
