/// Regions name the levels of their tree differently; levels are configuration, not code.
/// A preset lists the names from the top (depth 0) down.
public struct LevelPreset: Sendable, Equatable, Codable {
    public let id: String
    public let title: String
    public let levels: [String]

    public init(id: String, title: String, levels: [String]) {
        self.id = id
        self.title = title
        self.levels = levels
    }

    /// The name of a government level at a depth of the tree of governments (0 = top).
    public func levelName(depth: Int) -> String {
        guard depth >= 0 else { return "" }
        return depth < levels.count ? levels[depth] : levels.last ?? ""
    }

    public static let innerMongolia = LevelPreset(
        id: "inner-mongolia", title: "内蒙古自治区",
        levels: ["自治区", "盟市", "旗县（市、区）", "苏木乡镇（街道）", "嘎查村（社区）"])
    public static let ningxia = LevelPreset(
        id: "ningxia", title: "宁夏回族自治区",
        levels: ["自治区", "市", "县（区）", "乡镇（街道）", "村（社区）"])
    public static let province = LevelPreset(
        id: "province", title: "省级通用",
        levels: ["省", "市", "县", "乡", "村"])

    public static let all: [LevelPreset] = [.innerMongolia, .ningxia, .province]

    public static func named(_ id: String) -> LevelPreset? { all.first { $0.id == id } }
}
