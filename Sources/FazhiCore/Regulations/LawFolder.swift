/// What a file's place in the corpus says about it: kind, category, region, and for departmental rules the
/// issuing ministry.
///
/// 宪法 → 宪法; the 法律部门 folders (宪法相关法, 民法典, 民法商法, 行政法, 经济法, 社会法, 刑法,
/// 诉讼与非诉讼程序法) → 法律 with the folder as category; 行政法规; 部门规章/<ministry>/ → 部门规章 with the ministry
/// as category and issuer; 司法解释; DLC/<X>地方法规/地方性法规/<X>/ → 地方性法规 of region X; 案例/<topic>/ → 案例;
/// 其他; any other folder → a kind named after the folder.
struct LawFolder: Equatable {
    var kind: LawKind
    var category: String?
    var region: String?
    var ministry: String?

    static let lawDepartments: Set<String> = [
        "宪法相关法", "民法典", "民法商法", "行政法", "经济法", "社会法", "刑法", "诉讼与非诉讼程序法",
    ]

    init(relativePath: String) {
        let folders = relativePath.split(separator: "/").dropLast().map(String.init)
        let top = folders.first ?? ""
        switch top {
        case "宪法": self.init(kind: .constitution)
        case _ where LawFolder.lawDepartments.contains(top): self.init(kind: .law, category: top)
        case "行政法规": self.init(kind: .administrativeRegulation)
        case "司法解释": self.init(kind: .judicialInterpretation)
        case "部门规章":
            let ministry = folders.count > 1 ? folders[1] : nil
            self.init(kind: .departmentalRule, category: ministry, ministry: ministry)
        case "DLC":
            // DLC/北京地方法规/地方性法规/北京/: the region is the innermost folder, else the first one's prefix.
            let region = folders.count > 3 ? folders[3] : folders.dropFirst().first.map { LawFolder.regionName($0) }
            let kind = folders.count > 2 ? LawFolder.kind(named: folders[2]) : .localRegulation
            self.init(kind: kind, region: region)
        case "案例": self.init(kind: .caseReport)
        case "其他", "": self.init(kind: .other)
        default: self.init(kind: LawFolder.kind(named: top))
        }
    }

    init(kind: LawKind, category: String? = nil, region: String? = nil, ministry: String? = nil) {
        self.kind = kind
        self.category = category
        self.region = region
        self.ministry = ministry
    }

    /// 「北京地方法规」 → 「北京」.
    private static func regionName(_ folder: String) -> String {
        folder.hasSuffix("地方法规") ? String(folder.dropLast(4)) : folder
    }

    /// A known kind by its name, else a new kind with that name.
    private static func kind(named name: String) -> LawKind {
        LawKind.standard.first { $0.rawValue == name } ?? LawKind(rawValue: name)
    }
}
