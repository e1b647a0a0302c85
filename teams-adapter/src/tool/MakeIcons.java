import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws the Teams app icons once; the PNGs are committed in appPackage/. Run from teams-adapter:
 * {@code java src/tool/MakeIcons.java appPackage}. Teams wants color.png 192x192 (full colour) and
 * outline.png 32x32 (white on a transparent background).
 */
public class MakeIcons {

  /** The manifest's accentColor. */
  static final Color ACCENT = new Color(0x2E, 0x5E, 0x8C);

  public static void main(String[] args) throws IOException {
    File dir = new File(args.length > 0 ? args[0] : "appPackage");
    ImageIO.write(color(), "png", new File(dir, "color.png"));
    ImageIO.write(outline(), "png", new File(dir, "outline.png"));
  }

  /** A white page with a folded corner and quoted lines on the accent colour. */
  static BufferedImage color() {
    BufferedImage img = new BufferedImage(192, 192, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    g.setColor(ACCENT);
    g.fillRect(0, 0, 192, 192);
    g.setColor(Color.WHITE);
    g.fill(page(48, 32, 96, 128, 28));
    g.setColor(ACCENT);
    g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(66, 92, 66, 136);
    g.drawLine(82, 92, 124, 92);
    g.drawLine(82, 114, 124, 114);
    g.drawLine(82, 136, 110, 136);
    g.dispose();
    return img;
  }

  /** The same page as a white outline on transparency. */
  static BufferedImage outline() {
    BufferedImage img = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = smooth(img);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(page(7, 3, 18, 26, 6));
    g.drawLine(11, 15, 11, 23);
    g.drawLine(14, 15, 21, 15);
    g.drawLine(14, 19, 21, 19);
    g.drawLine(14, 23, 18, 23);
    g.dispose();
    return img;
  }

  private static Path2D page(int x, int y, int w, int h, int fold) {
    Path2D p = new Path2D.Double();
    p.moveTo(x, y);
    p.lineTo(x + w - fold, y);
    p.lineTo(x + w, y + fold);
    p.lineTo(x + w, y + h);
    p.lineTo(x, y + h);
    p.closePath();
    return p;
  }

  private static Graphics2D smooth(BufferedImage img) {
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    return g;
  }
}
