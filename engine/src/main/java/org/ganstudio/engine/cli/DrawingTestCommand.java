package org.ganstudio.engine.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ganstudio.engine.api.ImageFiles;
import org.ganstudio.engine.api.ImageTranslator;
import org.ganstudio.engine.api.StudioEngine;
import org.ganstudio.engine.api.StudioException;
import org.ganstudio.engine.checkpoint.Json;
import org.ganstudio.engine.image.ImageDecoder;
import org.ganstudio.engine.image.ImageFitter;
import org.ganstudio.engine.metrics.DrawingScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./studio drawing-test}: runs a Pix2Pix model over a folder of drawings (a sub-folder per source) and
 * scores each output with {@link DrawingScore} (dark inside the drawing's outline, white outside). Writes the
 * figures as JSON and a contact sheet: the drawing, what the model saw, the output.
 */
@Command(name = "drawing-test", sortOptions = false,
        description = "Score a Pix2Pix model on drawings (dark inside each outline, white outside), per source folder.")
final class DrawingTestCommand extends StudioCommand {

    @Option(names = "--model", required = true, paramLabel = "DIR", description = "A Pix2Pix model folder or checkpoint.")
    private Path model;

    @Option(names = "--drawings", required = true, paramLabel = "DIR",
            description = "A folder of drawings; each sub-folder (searched recursively) is one source.")
    private Path drawings;

    @Option(names = "--sheet", paramLabel = "FILE.png", description = "Write a contact sheet: drawing | model input | output.")
    private Path sheet;

    @Option(names = "--json", paramLabel = "FILE", description = "Write every drawing's score and the figures per source.")
    private Path json;

    @Option(names = "--raw", description = "Fit each drawing as translate does, instead of the model's prepareDrawing.")
    private boolean raw;

    @Option(names = "--pass", paramLabel = "FILL", defaultValue = "0.4",
            description = "Shoe fill that counts as a pass in the figures (default ${DEFAULT-VALUE}).")
    private double pass;

    /** One drawing's result; the images are for the sheet only. */
    private record Scored(String file, String source, List<String> steps, DrawingScore score,
            BufferedImage drawing, BufferedImage seen, BufferedImage output) {}

    /** Median fill, share of the closed outlines that pass, and counts, for one source or all. */
    record Figures(int drawings, int closed, Double medianShoeFill, Double passShare) {}

    @Override
    int run() {
        List<Path> files = images(drawings);
        try (StudioEngine engine = engine(); ImageTranslator translator = engine.openTranslator(model)) {
            PrintStream out = out();
            List<Scored> scored = new ArrayList<>();
            ImageDecoder decoder = new ImageDecoder();
            for (Path file : files) {
                String name = drawings.relativize(file).toString().replace('\\', '/');
                try {
                    scored.add(score(translator, name, decoder.decode(file)));
                } catch (StudioException e) {
                    out.println("Skipped " + name + ": " + e.getMessage());
                }
            }
            if (scored.isEmpty()) {
                throw new StudioException("None of the " + files.size() + " images in " + drawings + " could be read.");
            }
            Map<String, Figures> sources = new LinkedHashMap<>();
            scored.stream().map(Scored::source).distinct().sorted().forEach(source -> sources.put(source,
                    figures(scored.stream().filter(s -> s.source().equals(source)).toList())));
            Figures all = figures(scored);
            sources.forEach((source, f) -> out.println(line(source, f)));
            out.println(line("all", all));
            write(scored, sources, all);
            return 0;
        }
    }

    private Scored score(ImageTranslator translator, String name, BufferedImage drawing) {
        List<String> steps;
        BufferedImage seen;
        if (raw) {
            seen = ImageFitter.fit(drawing, translator.imageSize());
            steps = List.of("fitted to " + translator.imageSize() + " px as translate does");
        } else {
            var prepared = translator.prepareDrawing(drawing);
            seen = prepared.image();
            steps = prepared.steps();
        }
        BufferedImage output = translator.translate(seen);
        int slash = name.indexOf('/');
        return new Scored(name, slash < 0 ? "." : name.substring(0, slash), steps, DrawingScore.of(seen, output),
                drawing, seen, output);
    }

    private Figures figures(List<Scored> group) {
        double[] fills = group.stream().mapToDouble(s -> s.score().shoeFill()).filter(v -> !Double.isNaN(v)).sorted()
                .toArray();
        int n = fills.length;
        Double median = n == 0 ? null : (fills[(n - 1) / 2] + fills[n / 2]) / 2;
        Double passing = n == 0 ? null : java.util.Arrays.stream(fills).filter(v -> v >= pass).count() / (double) n;
        return new Figures(group.size(), n, median, passing);
    }

    private String line(String source, Figures f) {
        return String.format("%-20s %3d drawings, %3d closed, median shoe fill %s, %s pass (fill >= %.2f)", source,
                f.drawings(), f.closed(), f.medianShoeFill() == null ? "-" : String.format("%.3f", f.medianShoeFill()),
                f.passShare() == null ? "-" : String.format("%.0f%%", 100 * f.passShare()), pass);
    }

    private void write(List<Scored> scored, Map<String, Figures> sources, Figures all) {
        try {
            if (json != null) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("model", model.getFileName().toString());
                doc.put("input", raw ? "raw (fitted as translate does)" : "prepareDrawing");
                doc.put("pass", pass);
                doc.put("overall", all);
                doc.put("sources", sources);
                doc.put("drawings", scored.stream().map(s -> perDrawing(s)).toList());
                Json.write(json, doc);
                out().println("Wrote " + json);
            }
            if (sheet != null) {
                PngFile.write(sheet(scored), sheet);
                out().println("Wrote " + sheet);
            }
        } catch (IOException e) {
            throw new StudioException("Could not write the results: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> perDrawing(Scored s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", s.file());
        m.put("source", s.source());
        m.put("steps", s.steps());
        m.put("closed", s.score().closed());
        m.put("insideShare", s.score().insideShare());
        m.put("insideDarkness", orNull(s.score().insideDarkness()));
        m.put("outsideWhiteness", orNull(s.score().outsideWhiteness()));
        m.put("shoeFill", orNull(s.score().shoeFill()));
        return m;
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    /** Rows of triplets (drawing | what the model saw | output), 96 px cells, the name and fill under each. */
    private static BufferedImage sheet(List<Scored> scored) {
        int cell = 96;
        int gap = 4;
        int label = 28;
        int perRow = 3;
        int tripletWidth = 3 * cell + 2 * gap;
        int rows = (scored.size() + perRow - 1) / perRow;
        BufferedImage sheet = new BufferedImage(perRow * (tripletWidth + 16) + 16, rows * (cell + label + 8) + 8,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        g.setColor(new Color(0xd8d8d8));
        g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            int x = 16 + (i % perRow) * (tripletWidth + 16);
            int y = 8 + (i / perRow) * (cell + label + 8);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setColor(Color.WHITE);
            g.fillRect(x, y, cell, cell);
            g.drawImage(s.drawing(), x, y, cell, cell, null);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(s.seen(), x + cell + gap, y, cell, cell, null);
            g.drawImage(s.output(), x + 2 * (cell + gap), y, cell, cell, null);
            g.setColor(Color.BLACK);
            g.drawString(s.file(), x, y + cell + 12);
            double fill = s.score().shoeFill();
            g.drawString(Double.isNaN(fill) ? "outline open" : String.format("fill %.2f  (dark in %.2f, white out %.2f)",
                    fill, s.score().insideDarkness(), s.score().outsideWhiteness()), x, y + cell + 25);
        }
        g.dispose();
        return sheet;
    }

    /** The image files under the folder, recursively, in path order. */
    private static List<Path> images(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new StudioException("There is no folder at " + folder + ".");
        }
        try (Stream<Path> entries = Files.walk(folder)) {
            List<Path> images = entries.filter(Files::isRegularFile)
                    .filter(f -> ImageFiles.isImageName(f.getFileName().toString())).sorted().toList();
            if (images.isEmpty()) {
                throw new StudioException("The folder " + folder + " holds no " + TranslateCommand.formats() + " files.");
            }
            return images;
        } catch (IOException e) {
            throw new StudioException("Could not list " + folder + ": " + e.getMessage(), e);
        }
    }
}
