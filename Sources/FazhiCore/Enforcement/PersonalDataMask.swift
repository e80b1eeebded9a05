/// Masks the personal data of natural persons in what is published (执法公示): names, identity card numbers, phone
/// numbers and addresses (行政处罚法 第五十条: 个人隐私 kept confidential). Organisations' names and codes stay: the
/// public is entitled to know which business was penalised.
public enum PersonalDataMask {
    /// 「张三」 → 「张*」, 「欧阳小明」 → 「欧阳**」: the surname stays (compound surnames of four characters keep two).
    public static func name(_ name: String) -> String {
        let characters = Array(name)
        guard characters.count > 1 else { return "*" }
        let kept = characters.count >= 4 ? 2 : 1
        return String(characters.prefix(kept)) + String(repeating: "*", count: characters.count - kept)
    }

    /// Keeps the place down to the county or district (the first 县, 旗 or 区 that is not part of 自治区; else the last
    /// 市, 州 or 盟), so the place is known and the door is not.
    public static func address(_ address: String) -> String {
        let characters = Array(address)
        var cut = 0
        for (index, character) in characters.enumerated() {
            let partOfRegion = character == "区" && index > 0 && characters[index - 1] == "治"
            if "县旗区".contains(character), !partOfRegion {
                cut = index + 1
                break
            }
            if "市州盟".contains(character) { cut = index + 1 }
        }
        return cut == 0 ? "****" : String(characters.prefix(cut)) + "****"
    }

    /// Masks identity card numbers (keeping the region code and the last digit) and mobile numbers (keeping the
    /// first three and last four digits) anywhere in `text`, and each of `names` and `addresses` where they occur.
    public static func text(_ text: String, names: [String] = [], addresses: [String] = []) -> String {
        var result = text
        for address in addresses where !address.isEmpty {
            result = result.replacingOccurrences(of: address, with: Self.address(address))
        }
        for name in names where !name.isEmpty {
            result = result.replacingOccurrences(of: name, with: Self.name(name))
        }
        return maskDigitRuns(result)
    }

    /// Runs of digits (with an X ending an identity number) that are 18-digit identity numbers or 11-digit mobile
    /// numbers are masked; other numbers (amounts, dates, document numbers) stay.
    static func maskDigitRuns(_ text: String) -> String {
        var output = ""
        var run: [Character] = []
        func flush() {
            let digits = String(run)
            if run.count == 18, isIDNumber(digits) {
                output += digits.prefix(6) + String(repeating: "*", count: 11) + digits.suffix(1)
            } else if run.count == 11, run[0] == "1", "3456789".contains(run[1]) {
                output += digits.prefix(3) + "****" + digits.suffix(4)
            } else {
                output += digits
            }
            run.removeAll()
        }
        for character in text {
            if character.isASCII, character.isNumber || ((character == "X" || character == "x") && run.count == 17) {
                run.append(character)
            } else {
                flush()
                output.append(character)
            }
        }
        flush()
        return output
    }

    /// Whether `text` is an 18-character resident identity number with a correct check character (GB 11643).
    public static func isIDNumber(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        guard characters.count == 18, characters.prefix(17).allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return false
        }
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(characters.prefix(17), weights).reduce(0) { $0 + $1.0.wholeNumberValue! * $1.1 }
        let check: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]
        return characters[17] == check[sum % 11]
    }
}
