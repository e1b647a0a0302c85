package org.policybot.index.parse;

import java.nio.file.Path;

class SeedPolicyDump {
  public static void main(String[] args) throws Exception {
    var p = PolicyParser.parse(Path.of(args[0]));
    System.out.println(p.id() + " | " + p.title() + " | " + p.metadata());
    p.sections().forEach(s -> System.out.println("  S " + s));
    p.clauses().forEach(c -> System.out.println("  " + c.id() + " [" + c.sectionId() + " " + c.sectionTitle() + "] L" + c.line() + " ctx=" + c.context() + " :: " + c.text()));
  }
}
