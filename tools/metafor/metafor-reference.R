#!/usr/bin/env Rscript
# Writes metafor's results for every tau^2 estimator on the data sets below as JSON.
# Based on the project's shared metafor-reference.R; this copy adds edge-case and random data
# sets, records metafor's errors instead of skipping them silently, and adds influence()
# and rstandard() output for REML, influence()/leave1out() for DL with Knapp-Hartung, and a
# Q-profile interval computed with a tight tolerance.
# Needs: apt-get install -y r-base-core r-cran-metafor r-cran-jsonlite
# Usage: Rscript metafor-reference.R OUT.json
suppressMessages({library(metafor); library(jsonlite)})
args <- commandArgs(trailingOnly=TRUE)
out <- list()
ctl <- list(tol=1e-12, threshold=1e-12, maxiter=1000)
maybe <- function(expr) tryCatch(expr, error=function(e) NULL)
errmsg <- function(expr) tryCatch({ expr; NULL }, error=function(e) conditionMessage(e))
add <- function(name, yi, vi, note) {
  res <- list(name=name, note=note, yi=as.numeric(yi), vi=as.numeric(vi), fits=list(), errors=list())
  for (m in c("EE","DL","REML","PM","ML","HE","SJ","HS","EB")) {
    r <- maybe(rma(yi, vi, method=m, control=ctl))
    if (is.null(r)) { res$errors[[m]] <- errmsg(rma(yi, vi, method=m, control=ctl)); next }
    p <- predict(r)
    f <- list(mu=as.numeric(r$b), se=r$se, tau2=r$tau2, I2=r$I2, H2=r$H2, Q=r$QE, Q_df=r$k-1,
              ci_lb=r$ci.lb, ci_ub=r$ci.ub,
              pi_lb=if (!is.null(p$pi.lb)) p$pi.lb else p$ci.lb, pi_ub=if (!is.null(p$pi.ub)) p$pi.ub else p$ci.ub)
    if (m != "EE") {
      ci <- maybe(confint(r))
      if (!is.null(ci)) { f$tau2_ci_lb <- ci$random["tau^2","ci.lb"]; f$tau2_ci_ub <- ci$random["tau^2","ci.ub"] }
      ci <- maybe(confint(r, control=list(tol=1e-12)))
      if (!is.null(ci)) { f$tau2_ci_tight_lb <- ci$random["tau^2","ci.lb"]; f$tau2_ci_tight_ub <- ci$random["tau^2","ci.ub"] }
      rk <- maybe(rma(yi, vi, method=m, test="knha", control=ctl))
      if (!is.null(rk)) {
        pk <- predict(rk)
        f$knha <- list(se=rk$se, ci_lb=rk$ci.lb, ci_ub=rk$ci.ub,
                       pi_lb=if (!is.null(pk$pi.lb)) pk$pi.lb else pk$ci.lb, pi_ub=if (!is.null(pk$pi.ub)) pk$pi.ub else pk$ci.ub)
      }
      ra <- maybe(rma(yi, vi, method=m, test="adhoc", control=ctl))
      if (!is.null(ra)) f$adhoc <- list(se=ra$se, ci_lb=ra$ci.lb, ci_ub=ra$ci.ub)
    }
    res$fits[[m]] <- f
  }
  r <- maybe(rma(yi, vi, method="REML", control=ctl))
  l1 <- if (!is.null(r) && length(yi) > 1) maybe(leave1out(r)) else NULL
  if (!is.null(l1)) res$leave1out_REML <- list(mu=as.numeric(l1$estimate), se=as.numeric(l1$se), tau2=as.numeric(l1$tau2), Q=as.numeric(l1$Q))
  inf <- if (!is.null(r) && length(yi) > 2) maybe(influence(r)) else NULL
  if (!is.null(inf)) {
    rs <- rstandard(r)
    res$influence_REML <- list(rstudent=inf$inf$rstudent, dffits=inf$inf$dffits, cook_d=inf$inf$cook.d, cov_r=inf$inf$cov.r,
                               tau2_del=inf$inf$tau2.del, QE_del=inf$inf$QE.del, hat=inf$inf$hat, weight=inf$inf$weight,
                               dfbetas=as.numeric(inf$dfbs[[1]]), rstandard=as.numeric(rs$z))
  }
  rk <- maybe(rma(yi, vi, method="DL", test="knha", control=ctl))
  inf <- if (!is.null(rk) && length(yi) > 2) maybe(influence(rk)) else NULL
  if (!is.null(inf)) {
    l1 <- leave1out(rk)
    res$influence_DL_knha <- list(rstudent=inf$inf$rstudent, dffits=inf$inf$dffits, cook_d=inf$inf$cook.d, cov_r=inf$inf$cov.r,
                                  tau2_del=inf$inf$tau2.del, QE_del=inf$inf$QE.del, hat=inf$inf$hat, weight=inf$inf$weight,
                                  dfbetas=as.numeric(inf$dfbs[[1]]), leave1out_mu=as.numeric(l1$estimate), leave1out_se=as.numeric(l1$se))
  }
  out[[length(out)+1]] <<- res
}
d <- escalc(measure="RR", ai=tpos, bi=tneg, ci=cpos, di=cneg, data=dat.bcg)
add("bcg", d$yi, d$vi, "BCG vaccine trials (metafor dat.bcg), log risk ratios")
add("kacker2004", c(61.0, 61.4, 62.21, 62.3, 62.34, 62.6, 62.7, 62.84, 65.9),
    c(0.2025, 1.21, 0.09, 0.2025, 0.3844, 0.5625, 0.0676, 0.0225, 1.8225), "Kacker 2004 interlaboratory example")
d <- escalc(measure="OR", ai=c(5,5,12,69,9,313), n1i=c(156,303,565,1570,103,4659),
            ci=c(8,17,9,94,11,352), n2i=c(74,303,477,1565,105,4650))
add("clasp", d$yi, d$vi, "CLASP trials (DerSimonian & Kacker 2007), log odds ratios")
add("single", c(9.3), c(0.01), "k = 1: one report")
# Edge cases added for ForceEstimates.
add("k2", c(0.1, 0.5), c(0.04, 0.09), "k = 2")
add("k2_far", c(-1, 2), c(0.01, 0.02), "k = 2, far apart")
add("equal_effects", rep(1.5, 5), c(0.1, 0.2, 0.3, 0.15, 0.25), "all effects equal")
add("equal_variances", c(0.3, 0.1, 0.5, 0.45, -0.2, 0.25), rep(0.05, 6), "all variances equal")
add("huge_variance", c(0.2, 0.4, 0.1, 0.35, 3.0), c(0.02, 0.03, 0.025, 0.04, 1e6), "one huge variance")
add("large_heterogeneity", c(-5, 2, 10, 0.5, 7, -3), c(0.01, 0.02, 0.015, 0.03, 0.01, 0.02), "large heterogeneity (tau2 near 30)")
add("log_counts", log(c(10000, 12000, 10900, 11000, 11000)), c(0.01, 0.02, 0.01, 0.015, 0.01), "log of troop counts, small variances")
set.seed(20261125)
for (i in 1:12) {
  k <- 8
  tau <- c(0, 0.05, 0.3, 1)[(i - 1) %% 4 + 1]
  vi <- runif(k, 0.005, 0.5) * (if (i %% 3 == 0) 10^runif(k, -2, 2) else 1)
  yi <- rnorm(k, 0.4, sqrt(vi + tau^2))
  add(paste0("random8_", i), yi, vi, paste0("random k = 8, seed 20261125, set ", i, ", true tau = ", tau))
}
# Hard random k = 8 sets (variances spanning 9 orders of magnitude): metafor stops with an error
# for some estimators here (Fisher scoring does not converge, or tau2.max too low for PM).
set.seed(7)
hard <- lapply(1:400, function(i) { vi <- 10^runif(8, -6, 3); list(vi=vi, yi=rnorm(8, 0, 10^runif(1, -3, 2))) })
for (i in c(4, 6, 7, 10, 33, 110, 152)) add(paste0("hard8_", i), hard[[i]]$yi, hard[[i]]$vi, paste0("hard random k = 8, seed 7, set ", i))
writeLines(toJSON(list(generator=paste("metafor", packageVersion("metafor")), datasets=out), auto_unbox=TRUE, digits=NA, pretty=TRUE), args[1])
