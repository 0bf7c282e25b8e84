import Testing
@testable import Dashboard

/// The block-character figures of presentation mode, row by row.
@Suite struct BigTextTests {
    @Test func poundsWithCommas() throws {
        let rows = try #require(BigText.rows("£1,873,187", glyphs: .unicode))
        #expect(rows == [
            " ▄▀▀  ▀█     █▀▀█ ▀▀▀█ ▀▀▀█     ▀█  █▀▀█ ▀▀▀█",
            " █     █     █  █    █    █      █  █  █    █",
            "▀█▀    █     █▀▀█    █  ▀▀█      █  █▀▀█    █",
            " █     █   ▄ █  █    █    █  ▄   █  █  █    █",
            "▄█▄▄  ▄█▄ ▄▀ █▄▄█    █ ▄▄▄█ ▄▀  ▄█▄ █▄▄█    █",
        ])
        #expect(BigText.width("£1,873,187") == 45)
    }

    @Test func aPercentage() throws {
        #expect(BigText.rows("27%", glyphs: .unicode) == [
            "▀▀▀█ ▀▀▀█ █   █",
            "   █    █    █ ",
            "█▀▀▀    █   █  ",
            "█       █  █   ",
            "█▄▄▄    █ █   █",
        ])
        #expect(BigText.width("27%") == 15)
    }

    @Test func everyDigitIsFourColumnsSoFiguresLineUp() throws {
        for digit in "0123456789" {
            #expect(BigText.width(String(digit)) == 4)
        }
        #expect(BigText.width("1,111") == BigText.width("8,888"))
    }

    @Test func negativePenceAndTheUnknownMark() throws {
        #expect(BigText.rows("-£1.50", glyphs: .unicode) == [
            "     ▄▀▀  ▀█    █▀▀▀ █▀▀█",
            "     █     █    █    █  █",
            "▀▀▀ ▀█▀    █    ▀▀▀█ █  █",
            "     █     █       █ █  █",
            "    ▄█▄▄  ▄█▄ ▄ ▄▄▄█ █▄▄█",
        ])
        #expect(BigText.rows("—", glyphs: .unicode)?[2] == "▀▀▀▀")
    }

    @Test func asciiDrawsEveryInkedCellAsAHash() throws {
        #expect(BigText.rows("1,873,187", glyphs: .ascii) == [
            " ##     #### #### ####     ##  #### ####",
            "  #     #  #    #    #      #  #  #    #",
            "  #     ####    #  ###      #  ####    #",
            "  #   # #  #    #    #  #   #  #  #    #",
            " ### ## ####    # #### ##  ### ####    #",
        ])
    }

    @Test func textWithoutALargeFormHasNoWidth() throws {
        #expect(BigText.width("€1,000") == nil)
        #expect(BigText.width("Birmingham") == nil)
        #expect(BigText.rows("$5", glyphs: .unicode) == nil)
    }

    @Test func drawsWholeOrNotAtAll() throws {
        var grid = Grid(Size(width: 20, height: 6))
        #expect(!BigText.draw(&grid, "£1,873,187", in: grid.bounds, style: Style(.presentStrong), glyphs: .unicode))
        #expect(grid.lines.allSatisfy { $0.allSatisfy { $0 == " " } })
        #expect(!BigText.draw(&grid, "27%", in: Rect(x: 0, y: 0, width: 20, height: 4), style: Style(.presentStrong), glyphs: .unicode))

        #expect(BigText.draw(&grid, "27%", in: Rect(x: 2, y: 1, width: 18, height: 5), style: Style(.presentStrong), glyphs: .unicode))
        #expect(grid.lines == [
            "                    ",
            "  ▀▀▀█ ▀▀▀█ █   █   ",
            "     █    █    █    ",
            "  █▀▀▀    █   █     ",
            "  █       █  █      ",
            "  █▄▄▄    █ █   █   ",
        ])
        #expect(grid[2, 1].style.role == .presentStrong)
    }
}
