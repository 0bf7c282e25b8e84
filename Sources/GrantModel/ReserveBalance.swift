/// A reserve's stated balance less the decisions drawn on it (a decision whose `source` names the
/// reserve): West Mercia's decision PCC/D/2023/18 of 13 June 2023, £1,057k available and £200k committed by PCC/D/2023/18.
public struct ReserveBalance: Hashable, Sendable {
    public var reserve: Reserve
    public var decisions: [Decision]

    public var committed: Money { decisions.map(\.amount).sum() }
    /// Negative when the decisions commit more than the reserve holds.
    public var remaining: Money { reserve.balance - committed }
}

extension Grants {
    public func reserveBalances(for funderID: FunderID) -> [ReserveBalance] {
        reserves.filter { $0.funderID == funderID }.map { reserve in
            let drawn = decisions.filter {
                $0.funderID == funderID && $0.source.trimmingSpaces().lowercased() == reserve.name.trimmingSpaces().lowercased()
            }
            return ReserveBalance(reserve: reserve, decisions: drawn)
        }
    }
}
