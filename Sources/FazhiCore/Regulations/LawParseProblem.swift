/// Something in a corpus file that could not be parsed as the format says. Rendered as one line
/// 「<kind>：<detail>」 in `ParsedLawFile.problems`, so that an importer can count problems by kind.
enum LawParseProblem: Equatable {
    case missingInfoEnd
    case unclosedFrontMatter
    case badFileNameDate(String)
    case impossibleDate(String)
    case undatedHistoryLine(String)
    case noVersionDate
    case versionDateFromClause
    case unmarkedHeading(String)
    case strayText(heading: String)
    case emptyArticle(String)
    case duplicateArticle(number: String, eid: String)
    case duplicateHeading(number: String, eid: String)
    case articleGap(after: String, next: String)

    var kind: String {
        switch self {
        case .missingInfoEnd: "缺少头部结束标记"
        case .unclosedFrontMatter: "前置元数据未结束"
        case .badFileNameDate: "文件名日期无效"
        case .impossibleDate: "日期不存在"
        case .undatedHistoryLine: "沿革行缺少日期"
        case .noVersionDate: "无法确定版本日期"
        case .versionDateFromClause: "版本日期取自施行条款"
        case .unmarkedHeading: "标题未用#标记"
        case .strayText: "标题下有游离文字"
        case .emptyArticle: "条文内容为空"
        case .duplicateArticle: "条文编号重复"
        case .duplicateHeading: "标题编号重复"
        case .articleGap: "条文编号不连续"
        }
    }

    var line: String {
        let detail: String =
            switch self {
            case .missingInfoEnd: "没有「<!-- INFO END -->」，按第一个非沿革行划分头部"
            case .unclosedFrontMatter: "「---」没有对应的结束行，已忽略"
            case .badFileNameDate(let text): "「\(text)」"
            case .impossibleDate(let text): "「\(text)」"
            case .undatedHistoryLine(let text): "「\(text)」并入上一条沿革"
            case .noVersionDate: "文件名、沿革和元数据中都没有日期，版本日期记为\(LawFileParser.undatedVersionDate.iso)"
            case .versionDateFromClause: "文件名和沿革中都没有日期，版本日期按施行条款所写日期记"
            case .unmarkedHeading(let text): "「\(text)」按标题处理"
            case .strayText(let heading): "「\(heading)」与下一条之间的文字记入该标题"
            case .emptyArticle(let number): "\(number)"
            case .duplicateArticle(let number, let eid): "\(number)再次出现，eId 记为 \(eid)"
            case .duplicateHeading(let number, let eid): "\(number)再次出现，eId 记为 \(eid)"
            case .articleGap(let after, let next): "\(after)之后是\(next)"
            }
        return "\(kind)：\(detail)"
    }
}
