/*
 * shim.h: the parts of GSL that the GSL Swift module uses, and nothing else.
 *
 * Swift 6 rejects mutable C globals as not concurrency-safe. GSL exposes its
 * solver and generator types as such globals (GSL_VAR const T *name), so each
 * one we use is returned from a static inline function named custody_<name>.
 * Keep one section per GSL header, in the order the includes appear.
 */
#ifndef CUSTODY_CGSL_SHIM_H
#define CUSTODY_CGSL_SHIM_H

#include <gsl/gsl_math.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_qrng.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_statistics_double.h>

/* gsl_roots.h: bracketing root solvers. */

static inline const gsl_root_fsolver_type *custody_gsl_root_fsolver_brent(void) {
    return gsl_root_fsolver_brent;
}

/* gsl_rng.h: random number generators. */

static inline const gsl_rng_type *custody_gsl_rng_mt19937(void) {
    return gsl_rng_mt19937;
}

/* gsl_qrng.h: quasi-random sequences. */

static inline const gsl_qrng_type *custody_gsl_qrng_sobol(void) {
    return gsl_qrng_sobol;
}

/* gsl_cdf.h, gsl_statistics_double.h: plain functions, no shim needed. */

#endif /* CUSTODY_CGSL_SHIM_H */
