import GSL
import Testing

struct GSLErrorTests {
    @Test func successAndContinueAreNotErrors() {
        #expect(GSLError(status: 0) == nil)  // GSL_SUCCESS
        #expect(GSLError(status: -2) == nil)  // GSL_CONTINUE
    }

    @Test func namedStatusesMapToTheirCases() {
        #expect(GSLError(status: 1) == .domain)  // GSL_EDOM
        #expect(GSLError(status: 4) == .invalidArgument)  // GSL_EINVAL
        #expect(GSLError(status: 8) == .outOfMemory)  // GSL_ENOMEM
        #expect(GSLError(status: 9) == .badFunction)  // GSL_EBADFUNC
        #expect(GSLError(status: 11) == .maxIterations)  // GSL_EMAXITER
        #expect(GSLError(status: 13) == .badTolerance)  // GSL_EBADTOL
        #expect(GSLError(status: 27) == .noProgress)  // GSL_ENOPROG
    }

    @Test func unknownStatusKeepsItsCode() {
        #expect(GSLError(status: 999) == .other(code: 999))
        #expect(GSLError(status: 20) == .other(code: 20))  // GSL_ENOTSQR, not met yet
    }

    @Test func codeRoundTripsForEveryStatus() throws {
        for status in Int32(-1)...32 {
            guard let error = GSLError(status: status) else { continue }
            #expect(error.code == status)
        }
    }

    @Test func messageComesFromGSL() {
        #expect(GSLError.invalidArgument.message == "invalid argument supplied by user")
        #expect(GSLError.domain.message == "input domain error")
        #expect("\(GSLError.badFunction)".contains("9"))
    }
}
