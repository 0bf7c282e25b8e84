import GrantModel

/// What a valid but unfinished folder (a fresh `csdash init`) still lacks before it shows
/// anything, in the order a user fills it in: said as the next step, not as errors.
public enum FolderGaps {
    public static func stillMissing(in grants: Grants) -> [String] {
        var gaps: [String] = []
        if grants.funders.isEmpty {
            gaps.append("no funders yet: add a row to funders.csv (funder_id, name, currency, return_due_days), "
                        + "or start a new folder with csdash init DIR --funder ID --name NAME")
        }
        if grants.areas.isEmpty {
            gaps.append("no areas yet: add a row to areas.csv for each area a funder pays (area_id, funder_id, name)")
        }
        if grants.allocations.isEmpty {
            gaps.append("no allocations yet: add each area's allocation for the year to allocations.csv (area_id, year, allocation)")
        }
        if grants.returns.isEmpty && !grants.allocations.isEmpty {
            gaps.append("no returns yet: record each quarter's return with csdash record DIR --area A --year Y --quarter Q "
                        + "--received D --planned X --spend Y")
        }
        return gaps
    }
}
