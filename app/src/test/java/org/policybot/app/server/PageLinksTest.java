package org.policybot.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageLinksTest {

  private static PolicyServer server;
  private static PrefixProxy proxy;
  private static TestServers.Client client;

  @BeforeAll
  static void start() {
    server = TestServers.bundled();
    proxy = new PrefixProxy(server);
    client = new TestServers.Client(server);
  }

  @AfterAll
  static void stop() {
    proxy.close();
    server.close();
  }

  @Test
  void each_link_climbs_out_of_the_directories_of_the_page_it_is_on() {
    assertEquals("./", PageLinks.forPath("/").root());
    assertEquals("./", PageLinks.forPath("/policies").root());
    assertEquals("../", PageLinks.forPath("/policies/").root());
    assertEquals("../", PageLinks.forPath("/policies/social-media-policy").root());
    assertEquals("../../../", PageLinks.forPath("/a/b/c/").root());
    assertEquals(
        "../".repeat(PageLinks.MAX_DEPTH),
        PageLinks.forPath("/a".repeat(PageLinks.MAX_DEPTH + 1)).root());
    assertEquals("/", PageLinks.forPath("/a".repeat(PageLinks.MAX_DEPTH + 2)).root());
    PageLinks deep = PageLinks.forPath("/policies/x");
    assertEquals("../static/policybot.css", deep.asset("policybot.css"));
    assertEquals("../policies/p#clause-4-6-c", deep.clause("p", "clause-4-6-c"));
    assertEquals("../?q=can+I+post%3F+%26+tweet", deep.ask("can I post? & tweet"));
  }

  /** Found in review: a 404 page grew with its path, 21 times a path of slashes. */
  @Test
  void a_deep_404_page_is_the_same_size_whatever_its_depth() {
    HttpResponse<String> shallow = client.get("/" + "a/".repeat(PageLinks.MAX_DEPTH + 1));
    HttpResponse<String> deep = client.get("/" + "a/".repeat(5_000));
    assertEquals(404, deep.statusCode());
    assertEquals(shallow.body().length(), deep.body().length());
    assertTrue(deep.body().contains("href=\"/policies\""), deep.body());
  }

  /**
   * Every link, script, stylesheet and form of every kind of page, followed from the page's address
   * behind a proxy that serves PolicyBot under {@code /policybot/}, stays under that path and
   * reaches something the server has.
   */
  @Test
  void behind_a_proxy_under_a_path_every_link_of_every_page_stays_under_it_and_works() {
    List<String> pages =
        List.of(
            "/",
            "/?q=can+I+use+twitter+at+lunch",
            "/?q=what+is+on+the+lunch+menu",
            "/policies",
            "/policies/",
            "/policies/social-media-policy",
            "/policies/no-such-policy",
            "/policies/social-media-policy/more",
            "/no/such/page/");
    int followed = 0;
    for (String page : pages) {
      HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(proxyUri(page)));
      assertTrue(r.statusCode() == 200 || r.statusCode() == 404, page + ": " + r.statusCode());
      Document doc = Jsoup.parse(r.body());
      List<String> targets = new ArrayList<>();
      for (Element el : doc.select("a[href], link[href], script[src], form[action]")) {
        String target =
            el.hasAttr("href")
                ? el.attr("href")
                : el.hasAttr("src") ? el.attr("src") : el.attr("action");
        if (target.startsWith("#") || target.startsWith("http://localhost:8080/")) {
          continue; // this page itself, or the configured base URL of copied links
        }
        targets.add(target);
      }
      assertTrue(targets.size() >= 4, page + " has its stylesheet, script and navigation");
      for (String target : targets) {
        URI resolved = proxyUri(page).resolve(target);
        assertTrue(
            resolved.getRawPath().startsWith(PrefixProxy.PREFIX + "/"),
            page + ": " + target + " leaves the proxy's path: " + resolved);
        HttpResponse<String> followedResponse =
            client.send(java.net.http.HttpRequest.newBuilder(stripFragment(resolved)));
        assertEquals(200, followedResponse.statusCode(), page + ": " + target + " -> " + resolved);
        followed++;
      }
    }
    assertTrue(followed > 50, "followed " + followed + " links");
  }

  private static URI proxyUri(String page) {
    return URI.create(proxy.url(page));
  }

  private static URI stripFragment(URI uri) {
    String s = uri.toString();
    int hash = s.indexOf('#');
    return URI.create(hash < 0 ? s : s.substring(0, hash));
  }
}
