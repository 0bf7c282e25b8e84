import Cells
import Glibc

/// The locale decides how wide characters reach the terminal: ncursesw converts them with the
/// C library's multibyte functions, which follow LC_CTYPE.
enum TerminalLocale {
    /// Takes the user's locale from the environment (LANG, LC_ALL...), as curses needs, and
    /// picks the glyphs it can show. A non-UTF-8 locale gets ASCII rather than being switched to
    /// C.UTF-8: the user's terminal was set up for the locale they chose, not for ours.
    static func activate() -> Glyphs {
        setlocale(LC_ALL, "")
        return current()
    }

    /// The glyphs for the locale in force now.
    static func current() -> Glyphs {
        glyphs(forCodeset: String(cString: nl_langinfo(nl_item(CODESET))))
    }

    static func glyphs(forCodeset codeset: String) -> Glyphs {
        let name = codeset.lowercased().filter { $0 != "-" && $0 != "_" }
        return name == "utf8" ? .unicode : .ascii
    }
}
