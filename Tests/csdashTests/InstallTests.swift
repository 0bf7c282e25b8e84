import Foundation
import Testing

/// `make install PREFIX=...` installs the binary, its man page (swift-argument-parser's
/// generate-manual plugin) and its bash, zsh and fish completions; the completions are what the
/// binary itself writes, and name its commands.
struct InstallTests {
    @Test func makeInstallInstallsTheBinaryTheManPageAndTheCompletions() throws {
        // -B: every step, as on a first install (the man page is made again only when the
        // commands' sources change).
        let make = try run(URL(fileURLWithPath: "/usr/bin/make"), ["-n", "-B", "install", "PREFIX=/opt/trial"], in: packageRoot)
        #expect(make.status == 0, "\(make)")
        let steps = make.stdout
        #expect(steps.contains("swift package plugin generate-manual"))
        #expect(steps.contains("swift build -c release --static-swift-stdlib --product csdash"))
        #expect(steps.contains("install -m 755 .build/release/csdash /opt/trial/bin/csdash"))
        #expect(steps.contains("/opt/trial/share/man/man1/csdash.1"))
        #expect(steps.contains("--generate-completion-script bash >/opt/trial/share/bash-completion/completions/csdash"))
        #expect(steps.contains("--generate-completion-script zsh >/opt/trial/share/zsh/site-functions/_csdash"))
        #expect(steps.contains("--generate-completion-script fish >/opt/trial/share/fish/vendor_completions.d/csdash.fish"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func theCompletionScriptNamesEveryCommand(_ shell: String) throws {
        let result = try csdash("--generate-completion-script", shell)
        #expect(result.status == 0, "\(result)")
        for command in ["report", "returns", "check", "record", "import", "export", "generate"] {
            #expect(result.stdout.contains(command), "\(shell): \(command)")
        }
    }
}
