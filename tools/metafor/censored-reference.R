#!/usr/bin/env Rscript
# Maximum-likelihood fits of the random-effects model y_i ~ N(mu, v_i + tau2) with censored observations and
# likelihood weights, computed independently of ForceEstimates by direct numerical maximisation in R
# (nlminb with tau2 >= 0, then a one-dimensional polish of the profile likelihood), as JSON.
# kind: 0 point (lower = upper = value), 1 at most (upper), 2 at least (lower), 3 between (lower, upper).
# Needs: apt-get install -y r-base-core r-cran-jsonlite
# Usage: Rscript censored-reference.R OUT.json
suppressMessages(library(jsonlite))
args <- commandArgs(trailingOnly=TRUE)
loglik <- function(mu, tau2, kind, lo, hi, vi, a) {
  s <- sqrt(vi + tau2)
  l <- ifelse(kind == 0, dnorm(lo, mu, s, log=TRUE),
       ifelse(kind == 1, pnorm(hi, mu, s, log.p=TRUE),
       ifelse(kind == 2, pnorm(lo, mu, s, lower.tail=FALSE, log.p=TRUE),
              log(pnorm(hi, mu, s) - pnorm(lo, mu, s)))))
  sum(a * l)
}
fit <- function(kind, lo, hi, vi, a) {
  start <- c(mean(c(lo[is.finite(lo)], hi[is.finite(hi)])), var(c(lo[is.finite(lo)], hi[is.finite(hi)])) / 2)
  f <- function(p) -loglik(p[1], p[2], kind, lo, hi, vi, a)
  o <- nlminb(start, f, lower=c(-Inf, 0), control=list(rel.tol=1e-15, x.tol=1e-15, eval.max=10000, iter.max=10000))
  # polish: profile over tau2 with an inner optimise over mu
  prof <- function(t2) { m <- optimize(function(mu) -loglik(mu, t2, kind, lo, hi, vi, a), o$par[1] + c(-1, 1) * (1 + 10 * sqrt(max(vi) + t2)), tol=1e-13); m$objective }
  t2 <- if (o$par[2] < 1e-12) 0 else optimize(prof, c(0, 4 * o$par[2] + 1e-8), tol=1e-13)$minimum
  if (prof(0) <= prof(t2)) t2 <- 0
  mu <- optimize(function(mu) -loglik(mu, t2, kind, lo, hi, vi, a), o$par[1] + c(-1, 1) * (1 + 10 * sqrt(max(vi) + t2)), tol=1e-13)$minimum
  list(mu=mu, tau2=t2, loglik=loglik(mu, t2, kind, lo, hi, vi, a))
}
out <- list()
add <- function(name, kind, lo, hi, vi, a, note) {
  r <- fit(kind, lo, hi, vi, a)
  out[[length(out) + 1]] <<- list(name=name, note=note, kind=kind, lower=lo, upper=hi, vi=vi, weights=a, mu=r$mu, tau2=r$tau2, loglik=r$loglik)
}
L <- log
# The North Korean troops reports (issue 3 showcase), log scale; variances are illustrative.
add("kursk", c(0, 0, 0, 0, 0, 2, 3),
    c(L(10000), L(12000), L(10900), L(11000), L(11000), L(10000), L(11000)),
    c(L(10000), L(12000), L(10900), L(11000), L(11000), Inf, L(20000)),
    c(0.01, 0.015, 0.005, 0.01, 0.005, 0.01, 0.01), c(1, 1, 0.5, 1, 0.5, 1, 0.7), "troop reports with 'more than' and 'between'")
add("mixed", c(0, 0, 0, 0, 0, 2, 3, 1),
    c(L(10000), L(12000), L(10900), L(11000), L(14000), L(10000), L(11000), -Inf),
    c(L(10000), L(12000), L(10900), L(11000), L(14000), Inf, L(20000), L(15000)),
    c(0.004, 0.004, 0.002, 0.003, 0.006, 0.002, 0.002, 0.004), c(1, 0.5, 1, 2, 1, 1, 0.7, 1), "all kinds, weighted")
add("heterogeneous", c(0, 0, 0, 0, 2, 2, 1),
    c(1.0, 2.5, 0.2, 3.1, 2.8, 3.5, -Inf), c(1.0, 2.5, 0.2, 3.1, Inf, Inf, 0.5),
    c(0.05, 0.1, 0.08, 0.02, 0.05, 0.1, 0.05), c(1, 1, 1, 1, 1, 1, 1), "large tau2, several bounds")
add("homogeneous", c(0, 0, 0, 2), c(1.0, 1.01, 0.99, 0.5), c(1.0, 1.01, 0.99, Inf), c(0.1, 0.1, 0.1, 0.1), c(1, 1, 1, 1), "tau2 = 0 at the maximum")
add("bounds_only", c(2, 1, 3), c(10, -Inf, 10.5), c(Inf, 12, 11.8), c(0.5, 0.5, 0.2), c(1, 1, 1), "no point at all")
writeLines(toJSON(list(generator=paste("R", getRversion(), "nlminb + optimize"), datasets=out), auto_unbox=TRUE, digits=NA, pretty=TRUE), args[1])
