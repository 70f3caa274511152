import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.GeneralPath;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Draws the two Teams app icons once; the PNGs are committed beside this file. Run from
 * the repository root with {@code java manifest/DrawIcons.java manifest} after changing
 * the design. Teams wants a 192x192 full-colour icon and a 32x32 outline icon that is
 * white on a transparent background.
 */
public class DrawIcons {

	static final Color ACCENT = new Color(0x2B, 0x57, 0x9A);

	public static void main(String[] args) throws IOException {
		File folder = new File(args.length > 0 ? args[0] : ".");
		ImageIO.write(color(), "png", new File(folder, "color.png"));
		ImageIO.write(outline(), "png", new File(folder, "outline.png"));
	}

	/** White exchange arrows on the accent colour, filling the whole square. */
	static BufferedImage color() {
		BufferedImage image = new BufferedImage(192, 192, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = start(image);
		g.setColor(ACCENT);
		g.fillRect(0, 0, 192, 192);
		g.setColor(Color.WHITE);
		arrows(g, 192, 30);
		g.dispose();
		return image;
	}

	/** The same arrows, white, on a transparent background. */
	static BufferedImage outline() {
		BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = start(image);
		g.setColor(Color.WHITE);
		arrows(g, 32, 2);
		g.dispose();
		return image;
	}

	private static Graphics2D start(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		return g;
	}

	/**
	 * One arrow to the right above one to the left: something handed over and something
	 * handed back, the joiner and the leaver.
	 */
	private static void arrows(Graphics2D g, int size, int margin) {
		float unit = (size - 2f * margin) / 12f;
		float left = margin;
		float right = size - margin;
		g.setStroke(new BasicStroke(unit * 1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
		float top = margin + unit * 3.5f;
		float bottom = margin + unit * 8.5f;
		line(g, left + unit, top, right - unit * 1.2f, top);
		head(g, right, top, unit, 1);
		line(g, left + unit * 1.2f, bottom, right - unit, bottom);
		head(g, left, bottom, unit, -1);
	}

	private static void line(Graphics2D g, float x1, float y1, float x2, float y2) {
		GeneralPath path = new GeneralPath();
		path.moveTo(x1, y1);
		path.lineTo(x2, y2);
		g.draw(path);
	}

	private static void head(Graphics2D g, float tipX, float y, float unit, int direction) {
		GeneralPath head = new GeneralPath();
		head.moveTo(tipX, y);
		head.lineTo(tipX - direction * unit * 3f, y - unit * 2.6f);
		head.lineTo(tipX - direction * unit * 3f, y + unit * 2.6f);
		head.closePath();
		g.fill(head);
	}

}
